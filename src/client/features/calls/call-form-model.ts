import { z } from 'zod';
import {
  PERSON_ROLES,
  callLocationSchema,
  callSchema,
  reporterSchema,
} from '../../../domain/schemas/calls';
import { isoDate } from '../../../domain/schemas/common';
import { uuidv7 } from '../../../domain/ids';
import { localInputDate, localInputToIso, nowLocalInput } from '../../forms/form-dates';

/**
 * What the "Log a call" form holds while the user types. It is also the
 * draft saved to the device, so every field is a plain string, boolean or
 * list exactly as typed: nothing is lost between a crash and a restore.
 */
export interface PersonRow {
  key: string;
  name: string;
  dateOfBirth: string;
  role: string;
  /** An existing person record the user said this is, so repeats about them are seen. */
  personId?: string;
}

export interface CallFormValue {
  /** `datetime-local` wall time. */
  receivedAt: string;
  incidentDate: string;
  /** Until the user changes it, the incident date follows the received date. */
  incidentDateEdited: boolean;
  sourceAgencyId: string;
  anonymous: boolean;
  reporterName: string;
  reporterContact: string;
  updateMethod: string;
  address: string;
  wardCode: string;
  gps?: { lat: number; lng: number; accuracyM?: number };
  people: PersonRow[];
  categoryIds: string[];
  riskLevel: string;
  vulnerabilityFlags: string[];
  summary: string;
}

export const SUMMARY_MAX = 4000;

export function emptyCallForm(): CallFormValue {
  const receivedAt = nowLocalInput();
  return {
    receivedAt,
    incidentDate: localInputDate(receivedAt),
    incidentDateEdited: false,
    sourceAgencyId: '',
    anonymous: false,
    reporterName: '',
    reporterContact: '',
    updateMethod: '',
    address: '',
    wardCode: '',
    people: [],
    categoryIds: [],
    riskLevel: '',
    vulnerabilityFlags: [],
    summary: '',
  };
}

export function newPersonRow(): PersonRow {
  return { key: uuidv7(), name: '', dateOfBirth: '', role: '' };
}

/** Accepts a stored draft only if it still has the shape this form needs. */
export function restoreDraft(value: unknown): CallFormValue | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const base = emptyCallForm();
  const draft = value as Partial<CallFormValue>;
  const merged = { ...base, ...draft };
  const ok =
    typeof merged.receivedAt === 'string' &&
    typeof merged.summary === 'string' &&
    Array.isArray(merged.people) &&
    Array.isArray(merged.categoryIds) &&
    Array.isArray(merged.vulnerabilityFlags);
  return ok ? merged : undefined;
}

/** Whether the user has typed anything worth keeping as a draft. */
export function hasContent(v: CallFormValue): boolean {
  return Boolean(
    v.sourceAgencyId ||
    v.reporterName ||
    v.reporterContact ||
    v.address ||
    v.wardCode ||
    v.people.length ||
    v.categoryIds.length ||
    v.riskLevel ||
    v.vulnerabilityFlags.length ||
    v.summary,
  );
}

/** Person rows on the form: a name is needed to make a person record. */
const personRowSchema = z.object({
  name: z
    .string()
    .refine((v) => v.trim().length > 0, { error: 'Enter the person’s name, or remove them' })
    .refine((v) => v.length <= 120, { error: 'Name must be 120 characters or fewer' }),
  dateOfBirth: isoDate('Date of birth').optional(),
  role: z.enum(PERSON_ROLES, { error: 'Select the person’s role' }),
  personId: z.string().optional(),
});

/**
 * The call as the form submits it, checked with the domain's own field
 * schemas (calls.ts). The location and people records are made by the
 * repository, so their ids are not asked for here.
 */
export const callFormSchema = z.object({
  receivedAt: callSchema.shape.receivedAt,
  incidentDate: callSchema.shape.incidentDate,
  sourceAgencyId: callSchema.shape.sourceAgencyId,
  reporter: reporterSchema,
  location: callLocationSchema.omit({ locationId: true }),
  people: z.array(personRowSchema).max(30, { error: 'A call can list up to 30 people' }),
  categoryIds: callSchema.shape.categoryIds,
  riskLevel: callSchema.shape.riskLevel,
  vulnerabilityFlags: callSchema.shape.vulnerabilityFlags,
  summary: callSchema.shape.summary,
});
export type CallFormInput = z.input<typeof callFormSchema>;

/** Control ids in page order, for sorting the error summary. */
export const FIELD_ORDER = [
  'receivedAt',
  'incidentDate',
  'sourceAgencyId',
  'reporter-name',
  'reporter-contact',
  'reporter-updateMethod',
  'location-address',
  'location-wardCode',
  'people',
  'categoryIds',
  'riskLevel',
  'vulnerabilityFlags',
  'summary',
] as const;

export function toCallInput(v: CallFormValue): CallFormInput {
  return {
    receivedAt: localInputToIso(v.receivedAt),
    incidentDate: v.incidentDate,
    sourceAgencyId: v.sourceAgencyId,
    reporter: v.anonymous
      ? { anonymous: true }
      : {
          anonymous: false,
          name: v.reporterName,
          contact: v.reporterContact,
          updateMethod: (v.updateMethod || undefined) as CallFormInput['reporter']['updateMethod'],
        },
    location: { address: v.address, wardCode: v.wardCode, ...(v.gps ? { gps: v.gps } : {}) },
    people: v.people.map((p) => ({
      ...(p.personId ? { personId: p.personId } : {}),
      name: p.name,
      ...(p.dateOfBirth ? { dateOfBirth: p.dateOfBirth } : {}),
      role: p.role as CallFormInput['people'][number]['role'],
    })),
    categoryIds: v.categoryIds,
    riskLevel: v.riskLevel as CallFormInput['riskLevel'],
    vulnerabilityFlags: v.vulnerabilityFlags as CallFormInput['vulnerabilityFlags'],
    summary: v.summary,
  };
}
