/**
 * The visit form's value, kept as a draft on every change (forms/use-draft),
 * and how it becomes the repository's input. What the user typed is kept
 * as typed; the repository and the domain schema decide what is valid.
 */
import { VISIT_TYPES, VISIT_TYPE_LABELS, type VisitType } from '../../../domain/schemas/visits';
import { DELIVERY_METHODS, type DeliveryArgs } from '../../../domain/rules/delivery';
import type { ChoiceItem } from '../../components/radios';
import type { DraftShape } from '../../forms/use-draft';
import { localInputToIso, nowLocalInput } from '../../forms/form-dates';
import type { LogVisitInput } from '../../local-store/visits-repo';

export type GpsStatus = 'none' | 'got' | 'refused' | 'timeout' | 'unavailable';

export interface VisitFormValue {
  visitType: string;
  /** `datetime-local` wall time; defaults to when the form was opened. */
  at: string;
  address: string;
  wardCode: string;
  gps?: { lat: number; lng: number; accuracyM?: number };
  gpsStatus: GpsStatus;
  whoSeen: string;
  /** Person link: a known person's id, or "new" to add `personName` as one. */
  personChoice: string;
  personName: string;
  callId: string;
  groupId: string;
  notes: string;
  followUpNeeded: boolean;
  followUpNote: string;
  deliveryTaskId: string;
  deliveryMethod: string;
  /** Keep the position a photo carries (as the visit photo's metadata); off, it is dropped. */
  keepPhotoLocation: boolean;
}

export const NEW_PERSON = 'new';

export const VISIT_TYPE_ITEMS: ChoiceItem[] = VISIT_TYPES.map((t) => ({
  value: t,
  label: VISIT_TYPE_LABELS[t],
}));

/** Field ids in page order, for the error summary. */
export const VISIT_FIELD_ORDER = [
  'visitType',
  'at',
  'address',
  'wardCode',
  'deliveryTaskId',
  'deliveryMethod',
  'whoSeen',
  'personChoice',
  'newPerson-name',
  'callId',
  'groupId',
  'notes',
  'followUpNeeded',
  'followUpNote',
  'photos',
] as const;

export function emptyVisitForm(): VisitFormValue {
  return {
    visitType: '',
    at: nowLocalInput(),
    address: '',
    wardCode: '',
    gpsStatus: 'none',
    whoSeen: '',
    personChoice: '',
    personName: '',
    callId: '',
    groupId: '',
    notes: '',
    followUpNeeded: false,
    followUpNote: '',
    deliveryTaskId: '',
    deliveryMethod: '',
    keepPhotoLocation: false,
  };
}

/** Anything beyond the defaults is worth keeping. */
export function visitHasContent(v: VisitFormValue): boolean {
  const empty = emptyVisitForm();
  return (Object.keys(empty) as (keyof VisitFormValue)[]).some(
    (k) => k !== 'at' && JSON.stringify(v[k]) !== JSON.stringify(empty[k]),
  );
}

/** A stored draft, when it still fits this form (an app update may have changed it). */
export function restoreVisitDraft(stored: unknown): VisitFormValue | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const base = emptyVisitForm();
  const merged = { ...base, ...(stored as Partial<VisitFormValue>) };
  const sameTypes = (Object.keys(base) as (keyof VisitFormValue)[]).every(
    (k) => typeof merged[k] === typeof base[k],
  );
  return sameTypes ? merged : undefined;
}

export const VISIT_DRAFT: DraftShape<VisitFormValue> = {
  empty: emptyVisitForm,
  restore: restoreVisitDraft,
  hasContent: visitHasContent,
};

const isDeliveryMethod = (m: string): m is DeliveryArgs['method'] =>
  (DELIVERY_METHODS as readonly string[]).includes(m);

/** The repository's input for this form, as typed; `id` is the draft's visit id. */
export function toLogVisitInput(
  v: VisitFormValue,
  id: string,
  agencyId: string,
  amendsId?: string,
): LogVisitInput {
  const delivery =
    v.visitType === 'warning-letter-delivery' &&
    v.deliveryTaskId &&
    isDeliveryMethod(v.deliveryMethod)
      ? { taskId: v.deliveryTaskId, method: v.deliveryMethod }
      : undefined;
  return {
    id,
    at: localInputToIso(v.at),
    address: v.address,
    wardCode: v.wardCode,
    ...(v.gps ? { gps: v.gps } : {}),
    visitType: v.visitType as VisitType,
    whoSeen: v.whoSeen,
    ...(v.personChoice === NEW_PERSON
      ? { newPersonName: v.personName }
      : v.personChoice
        ? { personId: v.personChoice }
        : {}),
    callId: v.callId || undefined,
    groupId: v.groupId || undefined,
    notes: v.notes,
    followUpNeeded: v.followUpNeeded,
    followUpNote: v.followUpNote,
    agencyId,
    ...(delivery ? { delivery } : {}),
    ...(amendsId ? { amendsId } : {}),
  };
}

/** Problems the form finds before saving that the repository cannot see (a delivery half chosen). */
export function deliveryProblems(v: VisitFormValue): Record<string, string> {
  if (v.visitType !== 'warning-letter-delivery' || !v.deliveryTaskId) return {};
  return isDeliveryMethod(v.deliveryMethod)
    ? {}
    : { deliveryMethod: 'Select how the letter was delivered' };
}
