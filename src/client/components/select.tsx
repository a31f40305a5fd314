import type { ReactNode } from 'react';
import { describedBy, ErrorMessage, FormGroup, Hint, Label } from './field-parts';

export interface SelectOption {
  value: string;
  label: string;
}

export function Select(props: {
  id: string;
  name?: string;
  label: ReactNode;
  labelSize?: 's' | 'm' | 'l';
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly SelectOption[];
  /** Text of the empty first option ("Select a ward"); omit to have none. */
  emptyOption?: string;
}) {
  const { id, label, hint, error, value, onChange, options, emptyOption } = props;
  return (
    <FormGroup error={error}>
      <Label htmlFor={id} size={props.labelSize}>
        {label}
      </Label>
      <Hint id={id}>{hint}</Hint>
      <ErrorMessage id={id}>{error}</ErrorMessage>
      <select
        id={id}
        name={props.name ?? id}
        className={`govuk-select app-select${error ? ' govuk-select--error' : ''}`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      >
        {emptyOption !== undefined && <option value="">{emptyOption}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FormGroup>
  );
}
