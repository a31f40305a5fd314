import type { ReactNode } from 'react';
import { describedBy, ErrorMessage, FormGroup, Hint } from './field-parts';

export interface ChoiceItem {
  value: string;
  label: string;
  hint?: string;
}

/** The first item takes the field's own id, so an error summary link lands on it. */
export function itemId(id: string, index: number): string {
  return index === 0 ? id : `${id}-${index + 1}`;
}

export function Radios(props: {
  id: string;
  name?: string;
  legend: ReactNode;
  legendSize?: 's' | 'm' | 'l';
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  items: readonly ChoiceItem[];
  inline?: boolean;
  /** Short choices side by side on every screen, wrapping when they run out of room. */
  wrap?: boolean;
  small?: boolean;
}) {
  const { id, legend, hint, error, value, onChange, items } = props;
  const name = props.name ?? id;
  const classes = [
    'govuk-radios',
    props.inline ? 'govuk-radios--inline' : '',
    props.wrap ? 'app-radios--wrap' : '',
    props.small ? 'govuk-radios--small' : '',
  ]
    .filter(Boolean)
    .join(' ');
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
        <div className={classes}>
          {items.map((item, i) => {
            const itemHintId = item.hint ? `${itemId(id, i)}-item-hint` : undefined;
            return (
              <div className="govuk-radios__item" key={item.value}>
                <input
                  className="govuk-radios__input"
                  id={itemId(id, i)}
                  name={name}
                  type="radio"
                  value={item.value}
                  checked={value === item.value}
                  onChange={() => onChange(item.value)}
                  aria-describedby={itemHintId}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={itemId(id, i)}>
                  {item.label}
                </label>
                {item.hint && (
                  <div id={itemHintId} className="govuk-hint govuk-radios__hint">
                    {item.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </FormGroup>
  );
}
