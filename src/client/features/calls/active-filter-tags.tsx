import { RemovableTags } from '../../components/removable-tags';
import type { ActiveFilter } from './list-filters';

/** The filters in force, each a button that removes it, so a folded filter panel never hides them. */
export function ActiveFilterTags({
  filters,
  onRemove,
}: {
  filters: readonly ActiveFilter[];
  onRemove: (filter: ActiveFilter) => void;
}) {
  return (
    <RemovableTags
      label="Filters in use"
      tags={filters}
      removeLabel={(f) => `Remove filter: ${f.label}`}
      onRemove={onRemove}
    />
  );
}
