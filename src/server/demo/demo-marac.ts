import type { MaracReferral } from '../../domain/schemas/marac';
import { idOf, type DemoContext, type KeyedIds } from './demo-context';
import {
  REFERRAL_SEEDS,
  type Decision,
  type MaracAction,
  type Meeting,
  type SubjectLink,
} from './demo-marac-seeds';
import { DEMO_PEOPLE } from './demo-people';

/**
 * Community MARAC: three monthly meetings and the seeded referrals, with
 * decisions, action plans reviewed at meetings, and links to shared person
 * records (made by members only).
 */
const MEETINGS_DAYS_AGO = [84, 56, 28];
const CHAIR = 'Insp. Rachel Cole (Kent Police)';
const ATTENDEES: Meeting['attendees'] = [
  { agencyId: 'kent-police', name: 'Insp. Rachel Cole' },
  { agencyId: 'sdc-csu', name: 'Community Safety Manager' },
  { agencyId: 'sdc-asb', name: 'Priya Shah' },
  { agencyId: 'wkha', name: 'Gareth Lloyd' },
  { agencyId: 'moat', name: 'Tenancy Sustainment Officer' },
  { agencyId: 'kcc-early-help', name: 'Early Help Worker' },
  { agencyId: 'cgl', name: 'Recovery Worker' },
];
const APOLOGIES: Meeting['apologies'] = [{ agencyId: 'davss', name: 'Outreach Worker' }];
const MINUTES = [
  'Seven cases discussed: two new, four ongoing, one closed. Actions agreed for new cases; partners to update before the next meeting.',
  'Eight cases discussed. One closed with improvement. Two actions minuted as "agency did not complete"; chair to raise with the agencies concerned.',
  'Six cases discussed: one new, four ongoing, one closed with no change and handed back to the ASB officer.',
];

export interface MaracRecords {
  maracMeetings: Meeting[];
  maracReferrals: MaracReferral[];
  maracDecisions: Decision[];
  maracActions: MaracAction[];
  maracSubjectLinks: SubjectLink[];
}

export function buildMarac(ctx: DemoContext, people: KeyedIds): MaracRecords {
  const { time } = ctx;
  const out: MaracRecords = {
    maracMeetings: [],
    maracReferrals: [],
    maracDecisions: [],
    maracActions: [],
    maracSubjectLinks: [],
  };
  const meetingId = new Map<number, string>();
  MEETINGS_DAYS_AGO.forEach((daysAgo, i) => {
    const date = time.nextWeekday(time.date(daysAgo));
    const m: Meeting = {
      id: ctx.id(time.ms(time.at(date, 10))),
      date,
      chair: CHAIR,
      attendees: ATTENDEES,
      apologies: APOLOGIES,
      minutes: MINUTES[i],
    };
    out.maracMeetings.push(m);
    meetingId.set(daysAgo, m.id);
  });

  for (const seed of REFERRAL_SEEDS) {
    const person = seed.person ? DEMO_PEOPLE.find((p) => p.key === seed.person) : undefined;
    const referredAt = time.ms(time.daysAgoAt(seed.referredDaysAgo, 11));
    const lastMeeting = seed.meetings?.at(-1);
    const closedOn =
      seed.outcome && lastMeeting !== undefined
        ? out.maracMeetings.find((m) => m.id === meetingId.get(lastMeeting))?.date
        : undefined;
    const referral: MaracReferral = {
      ...seed.base,
      id: ctx.id(referredAt),
      aliases: person?.aliases ?? [],
      datesOfBirth: person?.dateOfBirth ? [person.dateOfBirth] : [],
      status: seed.status,
      referredOn: time.date(seed.referredDaysAgo),
      ...(seed.meetings ? { meetingIds: seed.meetings.map((d) => meetingId.get(d) ?? '') } : {}),
      ...(seed.decision ? { decidedOn: time.date(seed.decision.daysAgo) } : {}),
      ...(seed.decision?.advice ? { advice: seed.decision.advice } : {}),
      ...(seed.decision?.redirectedTo ? { redirectedTo: seed.decision.redirectedTo } : {}),
      ...(seed.outcome
        ? { outcome: seed.outcome.outcome, outcomeReason: seed.outcome.reason, closedOn }
        : {}),
    };
    out.maracReferrals.push(referral);
    if (seed.decision) {
      const { daysAgo, ...d } = seed.decision;
      out.maracDecisions.push({
        id: ctx.id(time.ms(time.daysAgoAt(daysAgo, 15))),
        referralId: referral.id,
        ...d,
        date: time.date(daysAgo),
      });
    }
    // Each listing and the closure are decisions too, as the server records them for the commands.
    (seed.meetings ?? []).forEach((daysAgo, i) => {
      const listedFor = out.maracMeetings.find((m) => m.id === meetingId.get(daysAgo));
      if (!listedFor) return;
      out.maracDecisions.push({
        id: ctx.id(referredAt + 500 + i),
        referralId: referral.id,
        decision: 'listed',
        meetingId: listedFor.id,
        date: listedFor.date,
      });
    });
    if (seed.outcome && closedOn) {
      out.maracDecisions.push({
        id: ctx.id(referredAt + 900),
        referralId: referral.id,
        decision: 'closed',
        outcome: seed.outcome.outcome,
        reason: seed.outcome.reason,
        date: closedOn,
      });
    }
    (seed.actions ?? []).forEach((a, i) => {
      out.maracActions.push({
        id: ctx.id(referredAt + 1000 + i),
        referralId: referral.id,
        agencyId: a.agency,
        ...(a.owner ? { owner: a.owner } : {}),
        text: a.text,
        dueDate: time.capDate(time.date(a.dueDaysAgo)),
        status: a.status,
        ...(a.reviewNote ? { reviewNote: a.reviewNote } : {}),
      });
    });
    if (seed.person) {
      out.maracSubjectLinks.push({
        id: ctx.id(referredAt + 2000),
        referralId: referral.id,
        personId: idOf(people, seed.person),
      });
    }
  }
  return out;
}
