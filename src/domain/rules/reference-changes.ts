/**
 * What a reference-data change means for devices, in words the admin reads
 * before saving ("1 ward renamed: X → Y; 12 open calls in this ward keep
 * their ward"). Records name reference items by code, so a rename or a
 * deactivation never moves a record: it changes what devices show and offer.
 */
import { QUALIFIER_LABELS, type AsbQualifier } from '../reference/categories';
import type {
  AdminReferenceTable,
  ReferenceListTable,
  ReferenceRowData,
  ReferenceUsage,
} from '../reference-admin-schemas';

export const REFERENCE_NOUNS: Record<ReferenceListTable, { one: string; many: string }> = {
  wards: { one: 'ward', many: 'wards' },
  agencies: { one: 'agency', many: 'agencies' },
  categories: { one: 'category', many: 'categories' },
  closingCodes: { one: 'police closing code', many: 'police closing codes' },
  letterTemplates: { one: 'letter template', many: 'letter templates' },
};

export const NEXT_SYNC = 'Devices get the change at their next sync.';
export const NOTHING_CHANGED = 'Nothing has changed.';

export function countOf(n: number, noun: string): string {
  return `${n.toLocaleString('en-GB')} ${noun}${n === 1 ? '' : 's'}`;
}

const text = (row: ReferenceRowData | undefined, key: string) =>
  typeof row?.[key] === 'string' ? row[key] : '';
const yesNo = (v: unknown) => (v ? 'yes' : 'no');
const qualifier = (v: unknown) => QUALIFIER_LABELS[v as AsbQualifier] ?? String(v);

/** Who keeps the item: the records that name it, which a change never moves. */
function usageLine(
  table: ReferenceListTable,
  usage: ReferenceUsage,
  renamed: boolean,
): string | null {
  const showName = (one: boolean) => (renamed ? ` and ${one ? 'shows' : 'show'} the new name` : '');
  const calls = (where: string, keep: (one: boolean) => string) => {
    const parts = [
      usage.openCalls > 0 ? countOf(usage.openCalls, 'open call') : '',
      usage.closedCalls > 0 ? countOf(usage.closedCalls, 'closed call') : '',
    ].filter(Boolean);
    if (parts.length === 0) return `No calls ${where} yet.`;
    const n = usage.openCalls + usage.closedCalls;
    return `${parts.join(' and ')} ${where} ${n === 1 ? 'keeps' : 'keep'} ${keep(n === 1)}${showName(n === 1)}.`;
  };
  switch (table) {
    case 'wards':
      return calls('in this ward', (one) => (one ? 'its ward' : 'their ward'));
    case 'categories':
      return calls('with this category', () => 'it');
    case 'closingCodes':
      return calls('with this closing code', () => 'it');
    case 'agencies': {
      const parts = [
        usage.openActions > 0 ? countOf(usage.openActions, 'open action') : '',
        usage.activeUsers > 0 ? countOf(usage.activeUsers, 'active user') : '',
      ].filter(Boolean);
      if (parts.length === 0) return 'No open actions or active users are in this agency.';
      const one = usage.openActions + usage.activeUsers === 1;
      return `${parts.join(' and ')} of this agency ${one ? 'keeps its' : 'keep their'} agency${showName(one)}.`;
    }
    case 'letterTemplates':
      return null;
  }
}

function fieldLines(
  table: ReferenceListTable,
  before: ReferenceRowData,
  after: ReferenceRowData,
): string[] {
  const lines: string[] = [];
  const noun = REFERENCE_NOUNS[table].one;
  if (text(before, 'name') !== text(after, 'name'))
    lines.push(`1 ${noun} renamed: ${text(before, 'name')} → ${text(after, 'name')}.`);
  if (text(before, 'shortName') !== text(after, 'shortName'))
    lines.push(`Short name: ${text(before, 'shortName')} → ${text(after, 'shortName')}.`);
  if (before.qualifier !== after.qualifier)
    lines.push(`ASB qualifier: ${qualifier(before.qualifier)} → ${qualifier(after.qualifier)}.`);
  if (before.asb !== after.asb)
    lines.push(`Counts towards an ASB Case Review: ${yesNo(before.asb)} → ${yesNo(after.asb)}.`);
  if (text(before, 'body') !== text(after, 'body'))
    lines.push(
      'The wording changes for letters issued from now on; letters already issued keep their text.',
    );
  if (before.active && !after.active)
    lines.push(
      `1 ${noun} deactivated: ${text(after, 'name')}. It no longer appears in new-record choices; records that name it still show its name.`,
    );
  if (!before.active && after.active)
    lines.push(`1 ${noun} back in use: ${text(after, 'name')}. It appears in choices again.`);
  return lines;
}

function thresholdLines(before: ReferenceRowData, after: ReferenceRowData): string[] {
  const pair = (calls: unknown, span: unknown, unit: string) =>
    `${countOf(Number(calls), 'call')} in ${countOf(Number(span), unit)}`;
  const lines: string[] = [];
  const repeat = (r: ReferenceRowData) => pair(r.repeatCalls, r.repeatWindowDays, 'day');
  const review = (r: ReferenceRowData) => pair(r.caseReviewCalls, r.caseReviewMonths, 'month');
  if (repeat(before) !== repeat(after))
    lines.push(`Repeat suggestions: ${repeat(before)} → ${repeat(after)}.`);
  if (review(before) !== review(after))
    lines.push(`ASB Case Review warning: ${review(before)} → ${review(after)} (qualifying calls).`);
  if (lines.length > 0)
    lines.push('Open calls and people are checked against the new figures on every device.');
  return lines;
}

/**
 * The preview of one change: `before` is the stored row (absent when
 * adding), `after` the row as it would be saved.
 */
export function describeReferenceChange(
  table: AdminReferenceTable,
  before: ReferenceRowData | undefined,
  after: ReferenceRowData,
  usage: ReferenceUsage,
): string[] {
  if (table === 'thresholds') {
    const lines = before ? thresholdLines(before, after) : [];
    return lines.length ? [...lines, NEXT_SYNC] : [NOTHING_CHANGED];
  }
  if (!before) {
    const code = text(after, 'code');
    const label = code ? `${text(after, 'name')} (${code})` : text(after, 'name');
    const offered =
      table === 'letterTemplates'
        ? 'The ASB officer can issue letters from it.'
        : 'It appears in new-record choices on every device.';
    return [`1 ${REFERENCE_NOUNS[table].one} added: ${label}. ${offered}`, NEXT_SYNC];
  }
  const lines = fieldLines(table, before, after);
  if (lines.length === 0) return [NOTHING_CHANGED];
  const usageText = usageLine(table, usage, text(before, 'name') !== text(after, 'name'));
  return [...lines, ...(usageText ? [usageText] : []), NEXT_SYNC];
}
