import type { HTMLInputTypeAttribute, ReactNode } from 'react';
import { describedBy, ErrorMessage, FormGroup, Hint, Label } from './field-parts';

export interface TextInputProps {
  id: string;
  name?: string;
  label: ReactNode;
  labelSize?: 's' | 'm' | 'l';
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  type?: HTMLInputTypeAttribute;
  autoComplete?: string;
  inputMode?: 'text' | 'numeric' | 'tel' | 'email' | 'search';
  /** GOV.UK width class suffix, e.g. '20' or 'one-half'. */
  width?: string;
  spellCheck?: boolean;
  max?: string;
}

export function TextInput(props: TextInputProps) {
  const { id, label, hint, error, value, onChange, type = 'text', width } = props;
  const widthClass = width
    ? ` ${/^\d+$/.test(width) ? `govuk-input--width-${width}` : `govuk-!-width-${width}`}`
    : '';
  return (
    <FormGroup error={error}>
      <Label htmlFor={id} size={props.labelSize}>
        {label}
      </Label>
      <Hint id={id}>{hint}</Hint>
      <ErrorMessage id={id}>{error}</ErrorMessage>
      <input
        id={id}
        name={props.name ?? id}
        className={`govuk-input${error ? ' govuk-input--error' : ''}${widthClass}`}
        type={type}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        spellCheck={props.spellCheck}
        max={props.max}
      />
    </FormGroup>
  );
}
