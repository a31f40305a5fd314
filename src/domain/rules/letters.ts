/**
 * Letters from templates (domain.md "Warning letters, ABAs and powers"): a
 * template's `{{placeholder}}`s are filled once, when the letter is issued,
 * and the text is stored with the record and never changes afterwards.
 * Incidents are quoted by date, area (ward) and category only: the
 * incident builder reads nothing else from a call, so reporters' and
 * victims' names and call summaries cannot reach a letter. Every value is
 * made inert (no control or direction-override characters, no leading
 * formula sign); the text is shown as text, never as HTML.
 */
import { formatDate } from '../dates';

export const LETTER_PLACEHOLDERS = {
  recipientName: 'the recipient’s name',
  recipientAddress: 'the recipient’s address',
  issuedDate: 'the date issued',
  incidents: 'incidents from linked calls',
  terms: 'the terms',
  reviewDate: 'the first review date',
  endDate: 'the end date',
  officerName: 'the officer’s name',
  agencyName: 'the issuing agency',
} as const;
export type LetterPlaceholder = keyof typeof LETTER_PLACEHOLDERS;

export interface LetterIncident {
  date: string;
  area: string;
  category: string;
}

export type LetterValues = Partial<Record<Exclude<LetterPlaceholder, 'incidents'>, string>> & {
  incidents: readonly LetterIncident[];
};

const PLACEHOLDER = /\{\{\s*([A-Za-z]+)\s*\}\}/g;
// C0/C1 controls except tab and newline, bidi embeddings/overrides/isolates and marks.
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const FORMULA_START = /^[=+@]|^-(?!\s)/;

/** A value safe to place in a letter: no hidden characters, no line that starts a formula. */
export function inertText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(UNSAFE, '')
    .split('\n')
    .map((line) => (FORMULA_START.test(line.trimStart()) ? `'${line.trimStart()}` : line))
    .join('\n')
    .trim();
}

/** The placeholders a template uses, each once, in order. */
export function placeholdersIn(body: string): string[] {
  return [...new Set([...body.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))];
}

/**
 * The incidents of the linked calls, oldest first: date, the ward as the
 * area, and the first category. Takes only those fields by type.
 */
export function letterIncidents(
  calls: readonly {
    incidentDate: string;
    location: { wardCode: string };
    categoryIds: readonly string[];
  }[],
  names: { ward(code: string): string; category(id: string): string },
): LetterIncident[] {
  return calls
    .map((c) => ({
      date: c.incidentDate,
      area: names.ward(c.location.wardCode),
      category: names.category(c.categoryIds[0] ?? ''),
    }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

const incidentLine = (i: LetterIncident) =>
  `• ${formatDate(i.date)}, ${inertText(i.area)}: ${inertText(i.category)}`;

function valueOf(name: string, values: LetterValues): string | undefined {
  if (name === 'incidents')
    return values.incidents.length > 0 ? values.incidents.map(incidentLine).join('\n') : undefined;
  if (!Object.prototype.hasOwnProperty.call(LETTER_PLACEHOLDERS, name)) return undefined;
  const raw = values[name as Exclude<LetterPlaceholder, 'incidents'>];
  if (raw === undefined) return undefined;
  const text =
    name === 'issuedDate' || name === 'reviewDate' || name === 'endDate'
      ? formatDate(raw)
      : inertText(raw);
  return text === '' ? undefined : text;
}

export type RenderedLetter = { ok: true; body: string } | { ok: false; missing: string[] };

/**
 * Fills every placeholder in one pass (a value that itself looks like a
 * placeholder stays as typed). Any that cannot be filled, including ones
 * the app does not know, stop the letter: `missing` names them.
 */
export function renderLetter(template: string, values: LetterValues): RenderedLetter {
  const missing = placeholdersIn(template).filter((n) => valueOf(n, values) === undefined);
  if (missing.length > 0)
    return {
      ok: false,
      missing: missing.map((n) => LETTER_PLACEHOLDERS[n as LetterPlaceholder] ?? `{{${n}}}`),
    };
  return {
    ok: true,
    body: template.replace(PLACEHOLDER, (_m, n: string) => valueOf(n, values) ?? ''),
  };
}

/** The message that stops issuing, naming each detail the letter still needs. */
export function missingPlaceholdersMessage(missing: readonly string[]): string {
  return `The letter cannot be issued until it has ${missing.join(', ')}.`;
}

/**
 * Made-up values for the admin's preview of a template: every placeholder
 * filled, with no real person's details.
 */
export const SAMPLE_LETTER_VALUES: LetterValues = {
  recipientName: 'Sam Sample',
  recipientAddress: '1 Example Road, Swanley BR8 0AA',
  issuedDate: '2026-03-02',
  incidents: [
    { date: '2026-01-14', area: "Swanley St Mary's", category: 'Rowdy behaviour' },
    { date: '2026-02-03', area: "Swanley St Mary's", category: 'Noise' },
  ],
  terms: '1. Do not gather with others outside the shops on London Road after 9pm.',
  reviewDate: '2026-03-30',
  endDate: '2026-09-02',
  officerName: 'A. Officer',
  agencyName: 'Sevenoaks District Council – ASB Officer',
};
