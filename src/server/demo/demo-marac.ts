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
const ATTENDEES =
  'Kent Police CSU Inspector (chair), SDC Community Safety Manager, SDC ASB Officer, West Kent Housing, Moat Homes, KCC Early Help, Mental health services, CGL, Kenward Trust, DAVSS';
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
      attendees: ATTENDEES,
      minutes: MINUTES[i],
    };
    out.maracMeetings.push(m);
    meetingId.set(daysAgo, m.id);
  });

  for (const seed of REFERRAL_SEEDS) {
    const person = seed.person ? DEMO_PEOPLE.find((p) => p.key === seed.person) : undefined;
    const referredAt = time.ms(time.daysAgoAt(seed.referredDaysAgo, 11));
    const referral: MaracReferral = {
      ...seed.base,
      id: ctx.id(referredAt),
      aliases: person?.aliases ?? [],
      datesOfBirth: person?.dateOfBirth ? [person.dateOfBirth] : [],
      status: seed.status,
      ...(seed.meetings ? { meetingIds: seed.meetings.map((d) => meetingId.get(d) ?? '') } : {}),
      ...(seed.outcome
        ? { outcome: seed.outcome.outcome, outcomeReason: seed.outcome.reason }
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
