/**
 * The retention schedule (domain.md "Data protection"): each kind of case
 * record is kept for a number of months counted from its closure, then
 * offered for disposal. Open records are never due. Children (actions,
 * notes, letters, meetings) go with their record, so only these top-level
 * kinds carry a period. The admin changes the periods; the server decides
 * what is due with this one rule.
 */
import { z } from 'zod';
import { addMonths, londonDate } from '../dates';

export const RETENTION_TABLES = [
  'calls',
  'visits',
  'groups',
  'enforcements',
  'maracReferrals',
] as const;
export type RetentionTable = (typeof RETENTION_TABLES)[number];

/** Six years after closure until the partnership's data protection officer sets its own. */
export const DEFAULT_RETENTION_MONTHS = 72;
export const MAX_RETENTION_MONTHS = 1200;

const months = z.coerce
  .number({ error: 'Enter a number of months' })
  .int({ error: 'Enter a whole number of months' })
  .min(1, { error: 'Keep records for at least 1 month' })
  .max(MAX_RETENTION_MONTHS, { error: `Enter ${MAX_RETENTION_MONTHS} months or fewer` });

export const retentionPeriodsSchema = z.object(
  Object.fromEntries(RETENTION_TABLES.map((t) => [t, months])) as Record<
    RetentionTable,
    typeof months
  >,
);
export type RetentionPeriods = z.infer<typeof retentionPeriodsSchema>;

export const DEFAULT_RETENTION: RetentionPeriods = Object.fromEntries(
  RETENTION_TABLES.map((t) => [t, DEFAULT_RETENTION_MONTHS]),
) as RetentionPeriods;

const FINISHED_ENFORCEMENT = new Set(['complied', 'expired', 'escalated']);
const FINISHED_REFERRAL = new Set(['declined', 'redirected', 'closed']);

const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
const day = (v: unknown) => {
  const text = str(v);
  return text ? (text.length > 10 ? londonDate(text) : text) : undefined;
};

/**
 * The London date a record was closed, or undefined while it is open. A
 * visit is complete when it happens; a finished enforcement closes on its
 * end date, or on its last change when it has none.
 */
export function closureDate(table: RetentionTable, r: Record<string, unknown>): string | undefined {
  switch (table) {
    case 'calls': {
      const closure = r.closure as { closedAt?: unknown } | null | undefined;
      return r.status === 'closed' ? day(closure?.closedAt) : undefined;
    }
    case 'visits':
      return day(r.at);
    case 'groups':
      return r.status === 'closed' ? day(r.closedAt ?? r.updatedAt) : undefined;
    case 'enforcements':
      return FINISHED_ENFORCEMENT.has(String(r.status)) ? day(r.endDate ?? r.updatedAt) : undefined;
    case 'maracReferrals':
      return FINISHED_REFERRAL.has(String(r.status))
        ? day(r.closedOn ?? r.decidedOn ?? r.updatedAt)
        : undefined;
  }
}

/** The first London date on which the record may be disposed of, or undefined while open. */
export function disposalDue(
  table: RetentionTable,
  record: Record<string, unknown>,
  periods: RetentionPeriods,
): string | undefined {
  const closed = closureDate(table, record);
  return closed ? addMonths(closed, periods[table]) : undefined;
}

export function isRetentionTable(table: string): table is RetentionTable {
  return (RETENTION_TABLES as readonly string[]).includes(table);
}
