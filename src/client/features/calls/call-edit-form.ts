/**
 * "Change call details" as a form value, and the chronology lines it
 * writes: one per changed field, in the names people know. Names of
 * people are fine in the chronology: only those who may read the call see it.
 */
import { RISK_LABELS, type RiskLevel } from '../../../domain/reference/risk';
import { PERSON_ROLE_LABELS, type PersonRole } from '../../../domain/schemas/calls';
import { nameOf, type Reference } from '../../forms/use-reference-data';
import type { CallEdit } from '../../local-store/call-edits';
import type { CallBundle } from '../../local-store/queries';
import type { PersonRow } from './call-form-model';

export interface CallEditForm {
  address: string;
  wardCode: string;
  categoryIds: string[];
  riskLevel: RiskLevel;
  summary: string;
  people: PersonRow[];
}

const NOT_ON_DEVICE = 'Person not on this device';

export function editFormOf(bundle: Pick<CallBundle, 'call' | 'people'>): CallEditForm {
  const { call } = bundle;
  return {
    address: call.location.address,
    wardCode: call.location.wardCode,
    categoryIds: [...call.categoryIds],
    riskLevel: call.riskLevel,
    summary: call.summary,
    people: bundle.people.map((p, i) => ({
      key: `on-call-${i}`,
      name: p.person?.name ?? NOT_ON_DEVICE,
      dateOfBirth: '',
      role: p.role,
      personId: p.personId,
      onCall: true,
    })),
  };
}

export function toCallEdit(v: CallEditForm): CallEdit {
  return {
    address: v.address,
    wardCode: v.wardCode,
    categoryIds: v.categoryIds,
    riskLevel: v.riskLevel,
    summary: v.summary,
    people: v.people.map((p) => ({
      ...(p.personId ? { personId: p.personId } : {}),
      name: p.name,
      ...(p.dateOfBirth ? { dateOfBirth: p.dateOfBirth } : {}),
      role: p.role as PersonRole,
    })),
  };
}

const roleOf = (role: string) => PERSON_ROLE_LABELS[role as PersonRole] ?? role;
const personLine = (p: PersonRow) => `${p.name.trim()} (${roleOf(p.role)})`;

function peopleChanges(before: readonly PersonRow[], after: readonly PersonRow[]): string[] {
  const lines: string[] = [];
  const kept = new Map(after.filter((p) => p.onCall).map((p) => [p.key, p]));
  for (const p of before) {
    const now = kept.get(p.key);
    if (!now) lines.push(`Person removed: ${personLine(p)}`);
    else if (now.role !== p.role)
      lines.push(`Role of ${p.name}: ${roleOf(p.role)} → ${roleOf(now.role)}`);
  }
  for (const p of after) if (!p.onCall) lines.push(`Person added: ${personLine(p)}`);
  return lines;
}

/** One line per changed field: what the chronology shows. */
export function describeChanges(
  before: CallEditForm,
  after: CallEditForm,
  reference: Reference,
): string[] {
  const lines: string[] = [];
  const cats = (ids: readonly string[]) =>
    ids.map((id) => nameOf(reference.categoryNames, id)).join(', ');
  if (before.summary !== after.summary) lines.push(`Summary changed from: “${before.summary}”`);
  if (before.address !== after.address) lines.push(`Address: ${before.address} → ${after.address}`);
  if (before.wardCode !== after.wardCode)
    lines.push(
      `Ward: ${nameOf(reference.wardNames, before.wardCode)} → ${nameOf(reference.wardNames, after.wardCode)}`,
    );
  if (cats(before.categoryIds) !== cats(after.categoryIds))
    lines.push(`Categories: ${cats(before.categoryIds)} → ${cats(after.categoryIds)}`);
  if (before.riskLevel !== after.riskLevel)
    lines.push(`Risk: ${RISK_LABELS[before.riskLevel]} → ${RISK_LABELS[after.riskLevel]}`);
  return [...lines, ...peopleChanges(before.people, after.people)];
}
