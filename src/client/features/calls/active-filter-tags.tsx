import type { ActiveFilter } from './list-filters';

/** The filters in force, each a button that removes it, so a folded filter panel never hides them. */
export function ActiveFilterTags({
  filters,
  onRemove,
}: {
  filters: readonly ActiveFilter[];
  onRemove: (filter: ActiveFilter) => void;
}) {
  if (filters.length === 0) return null;
  return (
    <ul className="app-filter-tags" aria-label="Filters in use">
      {filters.map((f) => (
        <li key={f.key}>
          <button
            type="button"
            className="app-filter-tag"
            aria-label={`Remove filter: ${f.label}`}
            onClick={() => onRemove(f)}
          >
            {f.label}
            <span aria-hidden="true"> ×</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
