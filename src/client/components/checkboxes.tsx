import type { ReactNode } from 'react';
import { describedBy, ErrorMessage, FormGroup, Hint } from './field-parts';
import { itemId, type ChoiceItem } from './radios';

export interface CheckboxGroup {
  label: string;
  items: readonly ChoiceItem[];
}

/**
 * GOV.UK checkboxes. `groups` nests a small fieldset per group (categories
 * by ASB qualifier) inside the outer one; ids run on across groups so the
 * first box always has the field's id for the error summary.
 */
export function Checkboxes(props: {
  id: string;
  name?: string;
  legend: ReactNode;
  legendSize?: 's' | 'm' | 'l';
  hint?: ReactNode;
  error?: string;
  values: readonly string[];
  onChange: (values: string[]) => void;
  items?: readonly ChoiceItem[];
  groups?: readonly CheckboxGroup[];
  small?: boolean;
}) {
  const { id, legend, hint, error, values, onChange } = props;
  const name = props.name ?? id;
  const groups: readonly CheckboxGroup[] = props.groups ?? [
    { label: '', items: props.items ?? [] },
  ];
  const toggle = (value: string, on: boolean) =>
    onChange(
      on ? [...values.filter((v) => v !== value), value] : values.filter((v) => v !== value),
    );
  let index = 0;
  const renderItems = (items: readonly ChoiceItem[]) => (
    <div className={`govuk-checkboxes${props.small ? ' govuk-checkboxes--small' : ''}`}>
      {items.map((item) => {
        const boxId = itemId(id, index++);
        return (
          <div className="govuk-checkboxes__item" key={item.value}>
            <input
              className="govuk-checkboxes__input"
              id={boxId}
              name={name}
              type="checkbox"
              value={item.value}
              checked={values.includes(item.value)}
              onChange={(e) => toggle(item.value, e.target.checked)}
              aria-describedby={item.hint ? `${boxId}-item-hint` : undefined}
            />
            <label className="govuk-label govuk-checkboxes__label" htmlFor={boxId}>
              {item.label}
            </label>
            {item.hint && (
              <div id={`${boxId}-item-hint`} className="govuk-hint govuk-checkboxes__hint">
                {item.hint}
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
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
        {groups.map((group) =>
          group.label ? (
            <fieldset className="govuk-fieldset app-checkbox-group" key={group.label}>
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
                {group.label}
              </legend>
              {renderItems(group.items)}
            </fieldset>
          ) : (
            <div key="items">{renderItems(group.items)}</div>
          ),
        )}
      </fieldset>
    </FormGroup>
  );
}

/** One stand-alone checkbox (e.g. "The reporter wants to stay anonymous"). */
export function Checkbox(props: {
  id: string;
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const { id, label, hint, checked, onChange } = props;
  return (
    <div className="govuk-form-group">
      <div className="govuk-checkboxes" data-module="govuk-checkboxes">
        <div className="govuk-checkboxes__item">
          <input
            className="govuk-checkboxes__input"
            id={id}
            name={id}
            type="checkbox"
            checked={checked}
            onChange={(e) => onChange(e.target.checked)}
            aria-describedby={hint ? `${id}-item-hint` : undefined}
          />
          <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
            {label}
          </label>
          {hint && (
            <div id={`${id}-item-hint`} className="govuk-hint govuk-checkboxes__hint">
              {hint}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
