/**
 * The referral form's state as typed (kept as a draft on the device, never
 * synced) and its conversion to the repository's input. The domain schema
 * (maracReferralSchema) decides what is valid; control ids follow its field
 * paths so its messages land at the right control.
 */
import type { RiskLevel } from '../../../domain/reference/risk';
import type { MaracReferral } from '../../../domain/schemas/marac';
import type { ReferralInput } from '../../local-store/marac-repo';

export const REFERRAL_FORM_ID = 'marac.referral.new';

export interface ReferralFormValue {
  referringAgencyId: string;
  referringOfficer: string;
  subjectType: string;
  subjectName: string;
  aliases: string;
  datesOfBirth: string[];
  address: string;
  phone: string;
  safeToCall: string;
  otherParties: string;
  criteria: string[];
  riskLevel: string;
  consentGiven: string;
  consentWhyNot: string;
  reason: string;
  risks: string;
  agenciesInvolved: string[];
  actionsTried: string;
}

export const FIELD_ORDER = [
  'referringAgencyId',
  'referringOfficer',
  'subjectType',
  'subjectName',
  'aliases',
  'datesOfBirth',
  'address',
  'phone',
  'safeToCall',
  'otherParties',
  'criteria',
  'riskLevel',
  'consent-given',
  'consent-whyNot',
  'reason',
  'risks',
  'agenciesInvolved',
  'actionsTried',
] as const;

export function emptyReferralForm(agencyId = '', officer = ''): ReferralFormValue {
  return {
    referringAgencyId: agencyId,
    referringOfficer: officer,
    subjectType: '',
    subjectName: '',
    aliases: '',
    datesOfBirth: [''],
    address: '',
    phone: '',
    safeToCall: '',
    otherParties: '',
    criteria: [],
    riskLevel: '',
    consentGiven: '',
    consentWhyNot: '',
    reason: '',
    risks: '',
    agenciesInvolved: [],
    actionsTried: '',
  };
}

const TEXT_FIELDS = [
  'subjectName',
  'aliases',
  'address',
  'phone',
  'otherParties',
  'reason',
  'risks',
  'actionsTried',
  'consentWhyNot',
] as const;

/** Something worth keeping was typed (the prefilled agency and officer alone are not). */
export function hasContent(v: ReferralFormValue): boolean {
  return (
    TEXT_FIELDS.some((f) => v[f].trim() !== '') ||
    v.criteria.length > 0 ||
    v.datesOfBirth.some((d) => d !== '') ||
    v.subjectType !== ''
  );
}

/** A stored draft, if it still has this form's shape. */
export function restoreDraft(stored: unknown): ReferralFormValue | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const v = { ...emptyReferralForm(), ...(stored as Partial<ReferralFormValue>) };
  const arrays = [v.datesOfBirth, v.criteria, v.agenciesInvolved];
  if (!arrays.every(Array.isArray) || typeof v.subjectName !== 'string') return undefined;
  return v;
}

const optional = (s: string) => (s.trim() === '' ? undefined : s);

/** The repository input; blanks are left out so optional fields stay absent. */
export function toReferralInput(v: ReferralFormValue): ReferralInput {
  const input: Record<string, unknown> = {
    referringAgencyId: v.referringAgencyId,
    referringOfficer: v.referringOfficer,
    subjectType: v.subjectType || undefined,
    subjectName: v.subjectName,
    aliases: v.aliases
      .split('\n')
      .map((a) => a.trim())
      .filter(Boolean),
    datesOfBirth: v.datesOfBirth.filter((d) => d !== ''),
    address: optional(v.address),
    phone: optional(v.phone),
    safeToCall: v.safeToCall || undefined,
    otherParties: optional(v.otherParties),
    criteria: v.criteria,
    riskLevel: (v.riskLevel || undefined) as RiskLevel | undefined,
    consent: {
      given: v.consentGiven === '' ? undefined : v.consentGiven === 'yes',
      ...(v.consentGiven === 'no' && optional(v.consentWhyNot) ? { whyNot: v.consentWhyNot } : {}),
    },
    reason: v.reason,
    risks: optional(v.risks),
    agenciesInvolved: v.agenciesInvolved,
    actionsTried: optional(v.actionsTried),
  };
  for (const [k, val] of Object.entries(input)) if (val === undefined) delete input[k];
  return input as unknown as ReferralInput;
}

export const SUBJECT_TYPES: { value: MaracReferral['subjectType']; label: string }[] = [
  { value: 'person', label: 'A person' },
  { value: 'family', label: 'A family' },
  { value: 'location', label: 'A location' },
];

export const SAFE_TO_CALL = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'unknown', label: 'Not known' },
];
