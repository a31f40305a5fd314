import { useCallback, useRef, useState, type KeyboardEvent } from 'react';
import type { CheckboxGroup } from './checkboxes';
import { describedBy, ErrorMessage, FormGroup, Hint } from './field-parts';
import type { ChoiceItem } from './radios';
import { RemovableTags } from './removable-tags';

/** Words of the search, each of which must appear in the item's label or its group's. */
function matcher(query: string): ((item: ChoiceItem, group: CheckboxGroup) => boolean) | null {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  return (item, group) => {
    const text = `${item.label} ${group.label}`.toLowerCase();
    return words.every((w) => text.includes(w));
  };
}

/**
 * A long list of checkboxes as a finder: type part of a name to see the
 * matching boxes (grouped under their legends), or show them all; the
 * chosen ones stay in view as removable tags whatever the search. Plain
 * form controls only: a text box, buttons and checkboxes, so every screen
 * reader and keyboard works it the usual way. The text box has the field's
 * id, so an error summary link lands on it. Enter in the text box never
 * submits the form; with one match it chooses it. Escape clears the search.
 */
export function CheckboxFinder(props: {
  id: string;
  legend: string;
  legendSize?: 's' | 'm' | 'l';
  hint?: string;
  error?: string;
  groups: readonly CheckboxGroup[];
  values: readonly string[];
  onChange: (values: string[]) => void;
  /** The text box's label: "Find a category". */
  findLabel: string;
  /** Nouns for the messages: ["category", "categories"]. */
  noun: readonly [singular: string, plural: string];
}) {
  const { id, legend, hint, error, groups, values, onChange } = props;
  const [singular, plural] = props.noun;
  const [query, setQuery] = useState('');
  const [showAll, setShowAll] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const focusInput = useCallback(() => input.current?.focus(), []);

  const all = groups.flatMap((g) => g.items);
  const indexOf = new Map(all.map((item, i) => [item.value, i]));
  const match = matcher(query);
  const shown = match
    ? groups
        .map((g) => ({ ...g, items: g.items.filter((item) => match(item, g)) }))
        .filter((g) => g.items.length > 0)
    : showAll
      ? groups
      : [];
  const shownItems = shown.flatMap((g) => g.items);
  const chosen = values.map((v) => ({
    key: v,
    label: all.find((item) => item.value === v)?.label ?? v,
  }));

  const toggle = (value: string, on: boolean) =>
    onChange(
      on ? [...values.filter((v) => v !== value), value] : values.filter((v) => v !== value),
    );

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      const only = match && shownItems.length === 1 ? shownItems[0] : undefined;
      if (only && !values.includes(only.value)) toggle(only.value, true);
    } else if (e.key === 'Escape' && query) {
      e.preventDefault();
      setQuery('');
    }
  };

  const status = !match
    ? ''
    : shownItems.length === 0
      ? `No ${plural} match. Try fewer letters, or show all ${plural}.`
      : shownItems.length === 1
        ? `1 ${singular} matches`
        : `${shownItems.length} ${plural} match`;
  const offerAll = !match || shownItems.length === 0;
  const onShowAll = () => {
    if (match) {
      setQuery('');
      setShowAll(true);
    } else setShowAll((s) => !s);
  };

  return (
    <FormGroup error={error}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend
          className={`govuk-fieldset__legend govuk-fieldset__legend--${props.legendSize ?? 's'}`}
        >
          {legend}
        </legend>
        <Hint id={id}>{hint}</Hint>
        <ErrorMessage id={id}>{error}</ErrorMessage>
        <RemovableTags
          label={`Chosen ${plural}`}
          tags={chosen}
          removeLabel={(t) => `Remove ${singular}: ${t.label}`}
          onRemove={(t) => toggle(t.key, false)}
          fallbackFocus={focusInput}
        />
        <label className="govuk-label" htmlFor={id}>
          {props.findLabel}
        </label>
        <input
          ref={input}
          id={id}
          className={`govuk-input app-finder__input${error ? ' govuk-input--error' : ''}`}
          type="text"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKeyDown}
          aria-invalid={error ? true : undefined}
          aria-controls={`${id}-options`}
          autoComplete="off"
          spellCheck={false}
        />
        <p className="govuk-body-s app-finder__status" role="status">
          {status}
        </p>
        {offerAll && (
          <button
            type="button"
            className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2"
            aria-expanded={!match && showAll}
            aria-controls={`${id}-options`}
            onClick={onShowAll}
          >
            {!match && showAll ? `Hide the list of ${plural}` : `Show all ${plural}`}
          </button>
        )}
        <div id={`${id}-options`}>
          {shown.map((group) => (
            <fieldset className="govuk-fieldset app-checkbox-group" key={group.label}>
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
                {group.label}
              </legend>
              <div className="govuk-checkboxes govuk-checkboxes--small">
                {group.items.map((item) => {
                  const boxId = `${id}-option-${indexOf.get(item.value) ?? 0}`;
                  return (
                    <div className="govuk-checkboxes__item" key={item.value}>
                      <input
                        className="govuk-checkboxes__input"
                        id={boxId}
                        name={id}
                        type="checkbox"
                        value={item.value}
                        checked={values.includes(item.value)}
                        onChange={(e) => toggle(item.value, e.target.checked)}
                      />
                      <label className="govuk-label govuk-checkboxes__label" htmlFor={boxId}>
                        {item.label}
                      </label>
                    </div>
                  );
                })}
              </div>
            </fieldset>
          ))}
        </div>
      </fieldset>
    </FormGroup>
  );
}
