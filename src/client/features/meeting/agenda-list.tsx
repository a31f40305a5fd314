import type { KeyboardEvent, RefObject } from 'react';
import { MEETING_DECISION_LABELS, type MeetingItem } from '../../../domain/schemas/tasking';
import type { EntryView } from './agenda-entry';

export type AgendaKey = 'discussed' | 'assign' | 'note' | 'close';

/** The meeting's shortcuts, shown on screen; they work only while the agenda list has focus. */
export const SHORTCUTS: { keys: string; does: string }[] = [
  { keys: 'j or ↓', does: 'next item' },
  { keys: 'k or ↑', does: 'previous item' },
  { keys: 'd', does: 'mark discussed' },
  { keys: 'a', does: 'assign an action to an agency' },
  { keys: 'n', does: 'add a note' },
  { keys: 'c', does: 'close the call' },
];

const KEY_ACTIONS: Record<string, AgendaKey> = {
  d: 'discussed',
  a: 'assign',
  n: 'note',
  c: 'close',
};

const optionId = (key: string) => `agenda-${key.replace(/[^a-zA-Z0-9-]/g, '-')}`;

/**
 * The agenda as one listbox: the chair moves through it with j/k or the
 * arrows and acts on the selected item with a letter. The keys are read
 * only from the list itself, never from a field or a screen reader's own
 * browse keys elsewhere; every action is also a button beside the list.
 */
export function AgendaList({
  views,
  selected,
  minuted,
  onSelect,
  onKey,
  listRef,
}: {
  views: readonly EntryView[];
  selected: number;
  minuted: ReadonlyMap<string, MeetingItem>;
  onSelect: (index: number) => void;
  onKey: (action: AgendaKey) => void;
  listRef: RefObject<HTMLUListElement | null>;
}) {
  const current = views[selected];
  const keyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    if (e.target !== e.currentTarget || e.altKey || e.ctrlKey || e.metaKey) return;
    const move =
      e.key === 'j' || e.key === 'ArrowDown' ? 1 : e.key === 'k' || e.key === 'ArrowUp' ? -1 : 0;
    if (move !== 0) {
      e.preventDefault();
      onSelect(Math.min(views.length - 1, Math.max(0, selected + move)));
      return;
    }
    const action = KEY_ACTIONS[e.key];
    if (action) {
      e.preventDefault();
      onKey(action);
    }
  };
  return (
    <ul
      ref={listRef}
      className="csu-agenda"
      role="listbox"
      aria-label="Today’s agenda"
      tabIndex={0}
      aria-activedescendant={current ? optionId(current.entry.key) : undefined}
      onKeyDown={keyDown}
    >
      {views.map((v, i) => {
        const done = minuted.get(v.entry.key);
        return (
          <li
            key={v.entry.key}
            id={optionId(v.entry.key)}
            role="option"
            aria-selected={i === selected}
            className={`csu-agenda__item${i === selected ? ' csu-agenda__item--selected' : ''}`}
            onClick={() => onSelect(i)}
          >
            <span className="govuk-caption-s">{v.section}</span>
            <strong className="csu-agenda__title">{v.title}</strong>
            <span className="csu-agenda__detail">{v.detail}</span>
            {done && (
              <span className="csu-agenda__done">
                {done.decisions.map((d) => MEETING_DECISION_LABELS[d]).join(' · ')}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
