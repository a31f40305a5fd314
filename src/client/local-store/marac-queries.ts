/**
 * Read side of the Community MARAC screens. Receipts (a non-member's trace
 * of a referral they sent) live in the same table and are never cases.
 */
import type {
  MaracAction,
  MaracDecision,
  MaracMeeting,
  MaracReferral,
  MaracSubjectLink,
} from '../../domain/schemas/marac';
import type { CsuDb } from './db';
import type { LocalPerson } from './types';
import type { ReferralReceipt } from './push-answers';

const isReceipt = (r: Record<string, unknown>) => r.receipt === true;

export async function listReferrals(db: CsuDb): Promise<MaracReferral[]> {
  const rows = await db
    .recordTable('maracReferrals')
    .filter((r) => !isReceipt(r))
    .toArray();
  return (rows as unknown as MaracReferral[]).sort((a, b) =>
    (b.referredOn ?? b.createdAt ?? '').localeCompare(a.referredOn ?? a.createdAt ?? ''),
  );
}

export async function listReceipts(db: CsuDb): Promise<ReferralReceipt[]> {
  const rows = await db.recordTable('maracReferrals').filter(isReceipt).toArray();
  return (rows as unknown as ReferralReceipt[]).sort((a, b) => b.date.localeCompare(a.date));
}

export interface ReferralBundle {
  referral: MaracReferral;
  actions: MaracAction[];
  /** The panel's decisions, oldest first (the server adds one per referral.* command). */
  decisions: MaracDecision[];
  links: LinkedPerson[];
}

/** A subject link and, when this device holds it, the shared person record it points at. */
export interface LinkedPerson {
  link: MaracSubjectLink;
  person: LocalPerson | undefined;
}

export async function referralBundle(db: CsuDb, id: string): Promise<ReferralBundle | null> {
  const row = await db.recordTable('maracReferrals').get(id);
  if (!row || isReceipt(row)) return null;
  const [actions, decisions, links] = await Promise.all([
    db.recordTable('maracActions').where('referralId').equals(id).toArray(),
    db.recordTable('maracDecisions').where('referralId').equals(id).toArray(),
    db.recordTable('maracSubjectLinks').where('referralId').equals(id).toArray(),
  ]);
  const linkRows = links as unknown as MaracSubjectLink[];
  const people = await db.people.bulkGet(linkRows.map((l) => l.personId));
  return {
    referral: row as unknown as MaracReferral,
    actions: (actions as unknown as MaracAction[]).sort((a, b) =>
      a.dueDate.localeCompare(b.dueDate),
    ),
    // Ids are time-ordered (UUIDv7), so they sort decisions made on one day too.
    decisions: (decisions as unknown as MaracDecision[]).sort(
      (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
    ),
    links: linkRows.map((link, i) => ({ link, person: people[i] })),
  };
}

export async function listMeetings(db: CsuDb): Promise<MaracMeeting[]> {
  const rows = await db.recordTable('maracMeetings').orderBy('date').reverse().toArray();
  return rows as unknown as MaracMeeting[];
}

export async function listMaracActions(db: CsuDb): Promise<MaracAction[]> {
  return (await db.recordTable('maracActions').toArray()) as unknown as MaracAction[];
}
