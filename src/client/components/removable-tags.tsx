import { useEffect, useRef } from 'react';

export interface RemovableTag {
  key: string;
  label: string;
}

/**
 * Chosen things (filters in force, categories picked) as a list of buttons
 * that each remove theirs. After a removal focus moves to the tag that took
 * its place, or to `fallbackFocus` once the list is empty, so a keyboard
 * user never drops back to the top of the page.
 */
export function RemovableTags<T extends RemovableTag>({
  label,
  tags,
  removeLabel,
  onRemove,
  fallbackFocus,
}: {
  /** Accessible name of the list, e.g. "Filters in use". */
  label: string;
  tags: readonly T[];
  /** What a screen reader hears for each button, e.g. "Remove filter: Ward: Kemsing". */
  removeLabel: (tag: T) => string;
  onRemove: (tag: T) => void;
  fallbackFocus?: () => void;
}) {
  const list = useRef<HTMLUListElement>(null);
  const pendingFocus = useRef<number | null>(null);

  useEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    pendingFocus.current = null;
    const buttons = list.current?.querySelectorAll('button');
    const next = buttons?.[Math.min(index, buttons.length - 1)];
    if (next) next.focus();
    else fallbackFocus?.();
  }, [tags, fallbackFocus]);

  if (tags.length === 0) return null;
  return (
    <ul className="app-filter-tags" aria-label={label} ref={list}>
      {tags.map((tag, i) => (
        <li key={tag.key}>
          <button
            type="button"
            className="app-filter-tag"
            aria-label={removeLabel(tag)}
            onClick={() => {
              pendingFocus.current = i;
              onRemove(tag);
            }}
          >
            {tag.label}
            <span aria-hidden="true"> ×</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
