import type { CallInput } from '../../../domain/schemas/call-input';
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
  /** Already linked to the call being edited: shown by name, only its role can change. */
  onCall?: boolean;
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

/** The controls folded under "More details", in page order. */
export const MORE_DETAILS_FIELDS = [
  'people',
  'receivedAt',
  'incidentDate',
  'vulnerabilityFlags',
] as const;

/** Control ids in page order, for sorting the error summary. */
export const FIELD_ORDER = [
  'summary',
  'sourceAgencyId',
  'categoryIds',
  'riskLevel',
  'location-address',
  'location-wardCode',
  'reporter-name',
  'reporter-contact',
  'reporter-updateMethod',
  ...MORE_DETAILS_FIELDS,
] as const;

export function toCallInput(v: CallFormValue): CallInput {
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
          updateMethod: (v.updateMethod || undefined) as CallInput['reporter']['updateMethod'],
        },
    location: { address: v.address, wardCode: v.wardCode, ...(v.gps ? { gps: v.gps } : {}) },
    people: v.people.map((p) => ({
      ...(p.personId ? { personId: p.personId } : {}),
      name: p.name,
      ...(p.dateOfBirth ? { dateOfBirth: p.dateOfBirth } : {}),
      role: p.role as CallInput['people'][number]['role'],
    })),
    categoryIds: v.categoryIds,
    riskLevel: v.riskLevel as CallInput['riskLevel'],
    vulnerabilityFlags: v.vulnerabilityFlags as CallInput['vulnerabilityFlags'],
    summary: v.summary,
  };
}
