/**
 * Dates a person types about something that has happened may not be more
 * than a day after the clock (sync.md rule 8): the device refuses them at the
 * field and the server refuses them on push, from this one list. Due dates,
 * review dates and planned meeting dates are about the future and are not
 * listed.
 */
import { londonDate } from '../dates';
import { MAX_FUTURE_SKEW_MS } from '../sync-protocol';
import type { TableName } from '../tables';

/** Per table, each past-date field with the label used in its refusal. */
export const PAST_DATE_FIELDS: Partial<Record<TableName, Readonly<Record<string, string>>>> = {
  calls: { receivedAt: 'Date and time received', incidentDate: 'Incident date' },
  callNotes: { at: 'Date and time of the note' },
  residentUpdates: { at: 'Date and time of the update' },
  visits: { at: 'Date and time of the visit' },
  groupMeetings: { date: 'Meeting date' },
  groupItems: { updatedOn: 'Date of the update' },
  enforcements: { issuedDate: 'Date issued' },
  issuedLetters: { issuedDate: 'Date issued' },
  maracDecisions: { date: 'Decision date' },
  people: { dateOfBirth: 'Date of birth' },
};

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `value` (an ISO instant or a YYYY-MM-DD date) is more than a day after `now`. */
export function isTooFarAhead(value: unknown, now: Date): boolean {
  if (typeof value !== 'string' || value === '') return false;
  const limitMs = now.getTime() + MAX_FUTURE_SKEW_MS;
  if (DATE_ONLY.test(value)) return value > londonDate(limitMs);
  const t = Date.parse(value);
  return !Number.isNaN(t) && t > limitMs;
}

/** The `[field, label]` pairs of `labels` whose value in `data` is too far ahead. */
export function futureDateFieldsOf(
  labels: Readonly<Partial<Record<string, string>>>,
  data: Record<string, unknown>,
  now: Date,
): Array<[string, string]> {
  return Object.entries(labels)
    .filter(([field]) => isTooFarAhead(data[field], now))
    .map(([field, label]) => [field, label ?? field]);
}

/** Names of `table`'s past-date fields in `data` that are too far ahead. */
export function futureDateFields(
  table: TableName,
  data: Record<string, unknown>,
  now: Date,
): string[] {
  return futureDateFieldsOf(PAST_DATE_FIELDS[table] ?? {}, data, now).map(([field]) => field);
}

export const futureDateMessage = (label: string) => `${label} must be today or in the past`;
