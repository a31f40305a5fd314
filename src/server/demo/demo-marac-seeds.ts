import type { z } from 'zod';
import type {
  maracActionSchema,
  maracDecisionSchema,
  maracMeetingSchema,
  MaracReferral,
  maracSubjectLinkSchema,
} from '../../domain/schemas/marac';

/**
 * Seven fictional Community MARAC referrals across the workflow:
 * submitted, accepted, listed, declined with advice, redirected, closed
 * improved and closed with no change. Phone numbers are Ofcom drama numbers.
 */
export type Decision = z.infer<typeof maracDecisionSchema>;
export type Meeting = z.infer<typeof maracMeetingSchema>;
export type MaracAction = z.infer<typeof maracActionSchema>;
export type SubjectLink = z.infer<typeof maracSubjectLinkSchema>;

export interface ActionSeed {
  agency: string;
  owner?: string;
  text: string;
  dueDaysAgo: number;
  status: MaracAction['status'];
  reviewNote?: string;
}
export interface ReferralSeed {
  referredDaysAgo: number;
  base: Omit<
    MaracReferral,
    'id' | 'status' | 'meetingIds' | 'datesOfBirth' | 'aliases' | 'outcome' | 'outcomeReason'
  >;
  person?: string;
  status: MaracReferral['status'];
  decision?: {
    daysAgo: number;
    decision: Decision['decision'];
    advice?: string;
    redirectedTo?: string;
  };
  meetings?: number[];
  outcome?: { outcome: NonNullable<MaracReferral['outcome']>; reason: string };
  actions?: ActionSeed[];
}

const PHONE = (n: number) => `07700 900${String(n).padStart(3, '0')}`;

export const REFERRAL_SEEDS: readonly ReferralSeed[] = [
  {
    referredDaysAgo: 62,
    person: 'kayleigh',
    base: {
      referringAgencyId: 'kent-police',
      referringOfficer: 'PC Laura Denning',
      subjectType: 'person',
      subjectName: 'Kayleigh Dunn',
      address: 'Otford Road, Sevenoaks',
      phone: PHONE(412),
      safeToCall: 'yes',
      criteria: ['substance', 'vulnerable-person'],
      riskLevel: 'medium',
      consent: { given: true },
      reason:
        'Repeatedly found under the influence at Bat and Ball station; believed to be exploited by older males who use her flat.',
      risks: 'Possible cuckooing; vulnerable to exploitation; self-neglect.',
      agenciesInvolved: ['kent-police', 'kenward', 'cgl'],
      actionsTried: 'Acceptable Behaviour Agreement; outreach by Kenward Trust.',
    },
    status: 'listed',
    decision: { daysAgo: 58, decision: 'accepted' },
    meetings: [56, 28],
    actions: [
      {
        agency: 'cgl',
        owner: 'Recovery worker',
        text: 'Complete a substance misuse assessment and offer a treatment place.',
        dueDaysAgo: 28,
        status: 'done',
        reviewNote: 'Assessed; attending weekly.',
      },
      {
        agency: 'kent-police',
        owner: 'PCSO for Sevenoaks',
        text: 'Cuckooing welfare checks at the flat and disruption of visitors.',
        dueDaysAgo: 0,
        status: 'open',
      },
      {
        agency: 'wkha',
        text: 'Tenancy support visit and consider a management transfer.',
        dueDaysAgo: 0,
        status: 'open',
      },
    ],
  },
  {
    referredDaysAgo: 90,
    person: 'margaret',
    base: {
      referringAgencyId: 'wkha',
      referringOfficer: 'Joanne Pike',
      subjectType: 'person',
      subjectName: 'Margaret Ellis',
      address: 'Wellingtonia Way, Edenbridge',
      phone: PHONE(133),
      safeToCall: 'yes',
      criteria: ['asb', 'vulnerable-person'],
      riskLevel: 'high',
      consent: { given: true },
      reason:
        'Older resident living alone, subjected to persistent noise and intimidation by a neighbour. Not sleeping and afraid to leave her home.',
      risks: 'Isolation; deteriorating health.',
      agenciesInvolved: ['wkha', 'sdc-asb', 'kcc-wardens'],
      actionsTried: 'Task and Finish Group; Community Protection Warning.',
    },
    status: 'closed',
    decision: { daysAgo: 86, decision: 'accepted' },
    meetings: [84, 56, 28],
    outcome: {
      outcome: 'improved',
      reason:
        'CPN in place and no incidents since; resident reports feeling safe and has joined a lunch club.',
    },
    actions: [
      {
        agency: 'kcc-wardens',
        text: 'Weekly welfare visits and referral to a befriending service.',
        dueDaysAgo: 56,
        status: 'done',
        reviewNote: 'Visits weekly; befriender in place.',
      },
      {
        agency: 'sdc-asb',
        text: 'Escalate to a Community Protection Notice if the warning is breached.',
        dueDaysAgo: 28,
        status: 'done',
        reviewNote: 'CPN issued.',
      },
      {
        agency: 'wkha',
        text: 'Fit additional door security.',
        dueDaysAgo: 56,
        status: 'circumstances_changed',
        reviewNote: 'Circumstances changed: resident declined once the CPN was served.',
      },
    ],
  },
  {
    referredDaysAgo: 9,
    person: 'callum',
    base: {
      referringAgencyId: 'sdc-csu',
      referringOfficer: 'Helen Marsh',
      subjectType: 'person',
      subjectName: 'Callum Reeves',
      address: 'Caxton Close, Hartley',
      safeToCall: 'unknown',
      criteria: ['asb', 'persistent-offender'],
      riskLevel: 'medium',
      consent: {
        given: false,
        whyNot:
          'Parent informed and declined; referral made under the information-sharing agreement because of the persistence.',
      },
      reason:
        'Young person linked to repeated rowdy behaviour and moped nuisance at Caxton Close despite two warning letters.',
      agenciesInvolved: ['kent-police', 'sdc-asb', 'kcc-early-help'],
      actionsTried: 'First and second warning letters; Task and Finish Group.',
    },
    status: 'accepted',
    decision: { daysAgo: 5, decision: 'accepted' },
    actions: [
      {
        agency: 'kcc-early-help',
        text: 'Offer a family support assessment and a place on the youth diversion programme.',
        dueDaysAgo: -1,
        status: 'open',
      },
    ],
  },
  {
    referredDaysAgo: 40,
    base: {
      referringAgencyId: 'moat',
      referringOfficer: 'Colin Ashby',
      subjectType: 'family',
      subjectName: 'Harding family',
      address: 'Coomb Field, Edenbridge',
      safeToCall: 'no',
      criteria: ['asb'],
      riskLevel: 'standard',
      consent: { given: false, whyNot: 'Not yet discussed with the family.' },
      reason: 'Dispute between two households over parking and children’s play.',
      agenciesInvolved: ['moat'],
    },
    status: 'declined',
    decision: {
      daysAgo: 35,
      decision: 'declined',
      advice:
        'Does not meet the threshold: a dispute between neighbours with no vulnerability identified. Offer mediation and keep under daily tasking.',
    },
  },
  {
    referredDaysAgo: 33,
    base: {
      referringAgencyId: 'kcc-wardens',
      referringOfficer: 'Mark Osei',
      subjectType: 'person',
      subjectName: 'Lee Barnes',
      address: 'Robyns Way, Sevenoaks',
      safeToCall: 'yes',
      phone: PHONE(877),
      criteria: ['mental-health', 'vulnerable-person'],
      riskLevel: 'high',
      consent: { given: true },
      reason:
        'Adult shouting in the street at night and knocking on doors; appears very unwell and is not eating.',
      agenciesInvolved: ['kcc-wardens', 'kent-police'],
    },
    status: 'redirected',
    decision: {
      daysAgo: 30,
      decision: 'redirected',
      redirectedTo: 'Adult safeguarding (Kent County Council)',
      advice:
        'Immediate welfare concern: referred to adult safeguarding and the crisis team the same day.',
    },
  },
  {
    referredDaysAgo: 2,
    base: {
      referringAgencyId: 'kfrs',
      referringOfficer: 'Station Manager Ruth Kerr',
      subjectType: 'location',
      subjectName: 'Oak Tree Farm, Halstead',
      address: 'Otford Lane, Halstead',
      safeToCall: 'unknown',
      criteria: ['vulnerable-victim'],
      riskLevel: 'high',
      consent: { given: false, whyNot: 'Location referral.' },
      reason:
        'During a fire safety visit, crews found several men living in outbuildings with no heating and said they were not paid directly.',
      risks: 'Possible labour exploitation and modern slavery.',
      agenciesInvolved: ['kfrs'],
    },
    status: 'submitted',
  },
  {
    referredDaysAgo: 100,
    person: 'ryan',
    base: {
      referringAgencyId: 'sdc-asb',
      referringOfficer: 'Priya Shah',
      subjectType: 'person',
      subjectName: 'Ryan Collier',
      address: 'Lime Road, Swanley',
      phone: PHONE(560),
      safeToCall: 'yes',
      criteria: ['substance', 'persistent-offender'],
      riskLevel: 'medium',
      consent: { given: true },
      reason: 'Persistent street drinking and aggressive begging at the St Mary’s Road shops.',
      agenciesInvolved: ['sdc-asb', 'kent-police', 'cgl'],
      actionsTried: 'Warning letter; Acceptable Behaviour Agreement.',
    },
    status: 'closed',
    decision: { daysAgo: 96, decision: 'accepted' },
    meetings: [84, 56],
    outcome: {
      outcome: 'no_change',
      reason:
        'Street drinking continued despite support; handed back to the ASB officer to consider a Community Protection Warning.',
    },
    actions: [
      {
        agency: 'cgl',
        text: 'Alcohol treatment assessment.',
        dueDaysAgo: 56,
        status: 'not_completed',
        reviewNote: 'Agency did not complete: two appointments missed and no follow-up made.',
      },
      {
        agency: 'kent-police',
        text: 'Joint visit with the ASB officer to review the ABA.',
        dueDaysAgo: 56,
        status: 'done',
        reviewNote: 'Visit done; breach recorded.',
      },
    ],
  },
];
