/**
 * The reference lists the admin edits, as the screens lay them out: each
 * list's title and columns, and each field's label, hint and kind. What a
 * field may hold is checked by the domain schemas (reference-admin-schemas.ts).
 */
import type { ReferenceListTable, ReferenceRowData } from '../../../domain/reference-admin-schemas';
import {
  ASB_QUALIFIERS,
  QUALIFIER_LABELS,
  type AsbQualifier,
} from '../../../domain/reference/categories';
import { LETTER_PLACEHOLDERS } from '../../../domain/rules/letters';

export type FieldKind = 'text' | 'textarea' | 'qualifier' | 'asb' | 'step';

export interface ReferenceField {
  key: string;
  label: string;
  hint?: string;
  kind: FieldKind;
  /** Set when adding and fixed afterwards (records name the item by it). */
  addOnly?: boolean;
}

export interface ReferenceList {
  title: string;
  one: string;
  intro: string;
  fields: readonly ReferenceField[];
  /** The code shown in the list: the ward's ONS code, the police code. */
  codeLabel?: string;
}

const name = (hint?: string): ReferenceField => ({
  key: 'name',
  label: 'Name',
  kind: 'text',
  hint,
});

export const QUALIFIER_ITEMS = ASB_QUALIFIERS.map((q) => ({
  value: q,
  label: QUALIFIER_LABELS[q],
}));

export const PLACEHOLDER_HINT = `Details filled in when a letter is issued: ${Object.entries(
  LETTER_PLACEHOLDERS,
)
  .map(([k, v]) => `{{${k}}} ${v}`)
  .join('; ')}.`;

export const REFERENCE_LISTS: Record<ReferenceListTable, ReferenceList> = {
  wards: {
    title: 'Wards',
    one: 'ward',
    intro: 'The wards calls, visits and users are placed in.',
    codeLabel: 'ONS code',
    fields: [
      {
        key: 'code',
        label: 'ONS ward code',
        hint: 'A capital letter and 8 digits, like E05005031. It cannot change once added.',
        kind: 'text',
        addOnly: true,
      },
      name(),
    ],
  },
  agencies: {
    title: 'Agencies',
    one: 'agency',
    intro: 'The partner agencies that report calls, own actions and employ users.',
    fields: [
      name('The full name, like Sevenoaks District Council – Licensing'),
      {
        key: 'shortName',
        label: 'Short name',
        kind: 'text',
        hint: 'Shown on phones, like SDC Licensing',
      },
    ],
  },
  categories: {
    title: 'Call categories',
    one: 'category',
    intro: 'The categories a call is logged under, each with its national ASB qualifier.',
    fields: [
      name(),
      { key: 'qualifier', label: 'National ASB qualifier', kind: 'qualifier' },
      { key: 'asb', label: 'Counts as ASB for the ASB Case Review', kind: 'asb' },
    ],
  },
  closingCodes: {
    title: 'Police closing codes',
    one: 'police closing code',
    intro: 'The optional police closing codes a call can carry.',
    codeLabel: 'Code',
    fields: [
      {
        key: 'code',
        label: 'Code',
        hint: 'Up to 10 letters, digits or dashes, like 361. It cannot change once added.',
        kind: 'text',
        addOnly: true,
      },
      name(),
    ],
  },
  letterTemplates: {
    title: 'Letter templates',
    one: 'letter template',
    intro: 'The wording of the letters the ASB officer issues at each step of the powers ladder.',
    fields: [
      { key: 'stepId', label: 'Step of the powers ladder', kind: 'step', addOnly: true },
      name(),
      { key: 'body', label: 'Wording', kind: 'textarea', hint: PLACEHOLDER_HINT },
    ],
  },
};

export function isReferenceList(table: string): table is ReferenceListTable {
  return Object.prototype.hasOwnProperty.call(REFERENCE_LISTS, table);
}

export type FormValues = Record<string, string | boolean>;

/** A new item's empty form, or an item's current values. */
export function formValues(table: ReferenceListTable, row?: ReferenceRowData): FormValues {
  const values: FormValues = {};
  for (const f of REFERENCE_LISTS[table].fields)
    values[f.key] = f.kind === 'asb' ? row?.[f.key] === true : String(row?.[f.key] ?? '');
  if (row) values.active = row.active;
  return values;
}

/** The body for the API: text trimmed (a letter's wording as typed), fixed codes left out. */
export function requestBody(table: ReferenceListTable, values: FormValues, adding: boolean) {
  const body: Record<string, unknown> = {};
  for (const f of REFERENCE_LISTS[table].fields) {
    if (f.addOnly && !adding) continue;
    const v = values[f.key];
    body[f.key] = typeof v === 'string' && f.kind !== 'textarea' ? v.trim() : v;
  }
  if (!adding) body.active = values.active;
  return body;
}

export const qualifierLabel = (q: unknown) => QUALIFIER_LABELS[q as AsbQualifier] ?? '';
