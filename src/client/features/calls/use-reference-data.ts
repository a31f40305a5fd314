import { useLiveData } from '../../local-store/use-live-data';
import { QUALIFIER_LABELS, ASB_QUALIFIERS } from '../../../domain/reference/categories';
import { getActiveDb } from '../../local-store/db';
import { referenceData, type CategoryRow } from '../../local-store/queries';
import type { CheckboxGroup } from '../../components/checkboxes';
import type { SelectOption } from '../../components/select';

export interface CallsReference {
  wards: SelectOption[];
  agencies: SelectOption[];
  categories: CategoryRow[];
  categoryOptions: SelectOption[];
  wardNames: Record<string, string>;
  agencyNames: Record<string, string>;
  categoryNames: Record<string, string>;
}

/** Wards, agencies and categories as the calls screens show them; undefined while loading. */
export function useReferenceData(): CallsReference | undefined {
  const db = getActiveDb();
  return useLiveData(async () => {
    const ref = await referenceData(db);
    return {
      wards: ref.wards.map((w) => ({ value: w.code, label: w.name })),
      agencies: ref.agencies.map((a) => ({ value: a.id, label: a.name })),
      categories: ref.categories,
      categoryOptions: ref.categories.map((c) => ({ value: c.id, label: c.name })),
      wardNames: Object.fromEntries(ref.wards.map((w) => [w.code, w.name])),
      agencyNames: Object.fromEntries(ref.agencies.map((a) => [a.id, a.name])),
      categoryNames: Object.fromEntries(ref.categories.map((c) => [c.id, c.name])),
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

/** A name for an id from a lookup, falling back to the id itself (an item an admin has since retired). */
export function nameOf(names: Record<string, string>, id: string | undefined): string {
  if (!id) return '';
  return names[id] ?? id;
}
