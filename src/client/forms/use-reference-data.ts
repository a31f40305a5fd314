/**
 * The district's reference data as screens show it: the active wards,
 * agencies, categories and closing codes as choices, name lookups by id, and
 * the thresholds. One live hook for every feature; it follows synced changes
 * an admin makes (the seeds stand in before the first sync). Undefined while
 * loading.
 */
import { ASB_QUALIFIERS, QUALIFIER_LABELS } from '../../domain/reference/categories';
import type { CheckboxGroup } from '../components/checkboxes';
import type { SelectOption } from '../components/select';
import { useDb } from '../local-store/db-context';
import { referenceData, type CategoryRow, type ReferenceData } from '../local-store/queries';
import { useLiveData } from '../local-store/use-live-data';

export interface Reference {
  wards: SelectOption[];
  agencies: SelectOption[];
  categories: CategoryRow[];
  categoryOptions: SelectOption[];
  closingCodes: ReferenceData['closingCodes'];
  thresholds: ReferenceData['thresholds'];
  /** Every item's name by id, deactivated ones included (records that name them keep a name). */
  wardNames: Record<string, string>;
  agencyNames: Record<string, string>;
  categoryNames: Record<string, string>;
}

export function useReferenceData(): Reference | undefined {
  const db = useDb();
  return useLiveData(async () => {
    const ref = await referenceData(db);
    return {
      wards: ref.wards.map((w) => ({ value: w.code, label: w.name })),
      agencies: ref.agencies.map((a) => ({ value: a.id, label: a.name })),
      categories: ref.categories,
      categoryOptions: ref.categories.map((c) => ({ value: c.id, label: c.name })),
      closingCodes: ref.closingCodes,
      thresholds: ref.thresholds,
      wardNames: ref.names.wards,
      agencyNames: ref.names.agencies,
      categoryNames: ref.names.categories,
    };
  }, [db]);
}

/** Categories grouped by national ASB qualifier (Personal / Nuisance / Environmental). */
export function categoryGroups(categories: readonly CategoryRow[]): CheckboxGroup[] {
  return ASB_QUALIFIERS.map((q) => ({
    label: QUALIFIER_LABELS[q],
    items: categories.filter((c) => c.qualifier === q).map((c) => ({ value: c.id, label: c.name })),
  })).filter((g) => g.items.length > 0);
}

/** A name for an id from a lookup, falling back to the id itself (an id no list has). */
export function nameOf(names: Record<string, string>, id: string | undefined): string {
  if (!id) return '';
  return names[id] ?? id;
}
