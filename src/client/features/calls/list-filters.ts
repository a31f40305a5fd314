import { CALL_STATUSES, type CallStatus } from '../../../domain/schemas/calls';
import { RISK_LEVELS, type RiskLevel } from '../../../domain/reference/risk';
import type { CallFilters } from '../../local-store/queries';
import { STATUS_LABELS } from './call-tags';

/**
 * The calls list filters live in the URL query string, so a reload or a
 * shared link shows the same list:
 *   ?status=new&status=open&ward=E05005026&category=noise&risk=high&overdue=yes&updateDue=yes
 * Free text is the exception: it may be a person's name, and personal data
 * never goes in a URL (a reload would send it to the server's logs). It is
 * kept in the history entry's state instead, which survives a reload of the
 * same tab but is never sent or shared.
 */
export interface FilterForm {
  status: CallStatus[];
  ward: string;
  category: string;
  risk: string;
  overdue: boolean;
  updateDue: boolean;
  q: string;
}

export function filtersFromParams(params: URLSearchParams, state: unknown): FilterForm {
  const q =
    state && typeof state === 'object' && typeof (state as { q?: unknown }).q === 'string'
      ? (state as { q: string }).q
      : '';
  return {
    status: params
      .getAll('status')
      .filter((s): s is CallStatus => (CALL_STATUSES as readonly string[]).includes(s)),
    ward: params.get('ward') ?? '',
    category: params.get('category') ?? '',
    risk: (RISK_LEVELS as readonly string[]).includes(params.get('risk') ?? '')
      ? (params.get('risk') as string)
      : '',
    overdue: params.get('overdue') === 'yes',
    updateDue: params.get('updateDue') === 'yes',
    q,
  };
}

/** Only the filters that are set, so URLs stay short and readable. Free text is left out (see above). */
export function paramsFromFilters(f: FilterForm): URLSearchParams {
  const params = new URLSearchParams();
  for (const s of f.status) params.append('status', s);
  if (f.ward) params.set('ward', f.ward);
  if (f.category) params.set('category', f.category);
  if (f.risk) params.set('risk', f.risk);
  if (f.overdue) params.set('overdue', 'yes');
  if (f.updateDue) params.set('updateDue', 'yes');
  return params;
}

export function isFiltered(f: FilterForm): boolean {
  return paramsFromFilters(f).toString() !== '' || f.q.trim() !== '';
}

export function toQueryFilters(f: FilterForm): Omit<CallFilters, 'now'> {
  return {
    ...(f.status.length ? { status: f.status } : {}),
    ...(f.ward ? { wardCode: f.ward } : {}),
    ...(f.category ? { categoryId: f.category } : {}),
    ...(f.risk ? { riskLevel: f.risk as RiskLevel } : {}),
    ...(f.overdue ? { overdue: true } : {}),
    ...(f.updateDue ? { updateDue: true } : {}),
    ...(f.q.trim() ? { text: f.q.trim() } : {}),
  };
}

export interface ActiveFilter {
  key: string;
  /** What the tag says ("Ward: Sevenoaks Eastern"). */
  label: string;
  /** The filters without this one, for its remove button. */
  without: FilterForm;
}

/** Each filter that is set, as a removable tag; `names` turns ids into the names people know. */
export function activeFilters(
  f: FilterForm,
  names: { wards: Record<string, string>; categories: Record<string, string> },
  riskLabels: Record<string, string>,
): ActiveFilter[] {
  const tags: ActiveFilter[] = f.status.map((s) => ({
    key: `status-${s}`,
    label: `Status: ${STATUS_LABELS[s]}`,
    without: { ...f, status: f.status.filter((x) => x !== s) },
  }));
  if (f.ward)
    tags.push({
      key: 'ward',
      label: `Ward: ${names.wards[f.ward] ?? f.ward}`,
      without: { ...f, ward: '' },
    });
  if (f.category)
    tags.push({
      key: 'category',
      label: `Category: ${names.categories[f.category] ?? f.category}`,
      without: { ...f, category: '' },
    });
  if (f.risk)
    tags.push({
      key: 'risk',
      label: `Risk: ${riskLabels[f.risk] ?? f.risk}`,
      without: { ...f, risk: '' },
    });
  if (f.overdue)
    tags.push({ key: 'overdue', label: 'Has overdue actions', without: { ...f, overdue: false } });
  if (f.updateDue)
    tags.push({
      key: 'updateDue',
      label: 'Resident update due',
      without: { ...f, updateDue: false },
    });
  if (f.q.trim())
    tags.push({ key: 'q', label: `Search: “${f.q.trim()}”`, without: { ...f, q: '' } });
  return tags;
}
