/**
 * Read side of the Community MARAC screens. Receipts (a non-member's trace
 * of a referral they sent) live in the same table and are never cases.
 */
import type {
  MaracAction,
  MaracMeeting,
  MaracReferral,
  MaracSubjectLink,
} from '../../domain/schemas/marac';
import type { CsuDb } from './db';
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
  links: MaracSubjectLink[];
}

export async function referralBundle(db: CsuDb, id: string): Promise<ReferralBundle | null> {
  const row = await db.recordTable('maracReferrals').get(id);
  if (!row || isReceipt(row)) return null;
  const [actions, links] = await Promise.all([
    db.recordTable('maracActions').where('referralId').equals(id).toArray(),
    db.recordTable('maracSubjectLinks').where('referralId').equals(id).toArray(),
  ]);
  return {
    referral: row as unknown as MaracReferral,
    actions: (actions as unknown as MaracAction[]).sort((a, b) =>
      a.dueDate.localeCompare(b.dueDate),
    ),
    links: links as unknown as MaracSubjectLink[],
  };
}

export async function listMeetings(db: CsuDb): Promise<MaracMeeting[]> {
  const rows = await db.recordTable('maracMeetings').orderBy('date').reverse().toArray();
  return rows as unknown as MaracMeeting[];
}

export async function listMaracActions(db: CsuDb): Promise<MaracAction[]> {
  return (await db.recordTable('maracActions').toArray()) as unknown as MaracAction[];
}
