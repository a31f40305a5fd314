import type { ReactNode } from 'react';
import { describedBy, ErrorMessage, FormGroup, Hint, Label } from './field-parts';

/**
 * GOV.UK textarea with a character count. The visible count is hidden from
 * screen readers (it changes on every key); the live region only speaks when
 * the text goes over the limit, so typing is not interrupted.
 */
export function Textarea(props: {
  id: string;
  name?: string;
  label: ReactNode;
  labelSize?: 's' | 'm' | 'l';
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  maxLength?: number;
  rows?: number;
}) {
  const { id, label, hint, error, value, onChange, maxLength } = props;
  const remaining = maxLength === undefined ? 0 : maxLength - value.length;
  const over = remaining < 0;
  const countMessage = over
    ? `You have ${(-remaining).toLocaleString('en-GB')} character${remaining === -1 ? '' : 's'} too many`
    : `You have ${remaining.toLocaleString('en-GB')} character${remaining === 1 ? '' : 's'} remaining`;
  const infoId = `${id}-info`;
  const textarea = (
    <textarea
      id={id}
      name={props.name ?? id}
      className={`govuk-textarea${error || over ? ' govuk-textarea--error' : ''}${maxLength ? ' govuk-js-character-count' : ''}`}
      rows={props.rows ?? 5}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      aria-describedby={describedBy(id, hint, error, maxLength ? infoId : undefined)}
      aria-invalid={error ? true : undefined}
    />
  );
  return (
    <FormGroup error={error}>
      <div className={maxLength ? 'govuk-character-count' : undefined}>
        <Label htmlFor={id} size={props.labelSize}>
          {label}
        </Label>
        <Hint id={id}>{hint}</Hint>
        <ErrorMessage id={id}>{error}</ErrorMessage>
        {textarea}
        {maxLength !== undefined && (
          <>
            <div id={infoId} className="govuk-visually-hidden">
              You can enter up to {maxLength.toLocaleString('en-GB')} characters
            </div>
            <div
              className={`govuk-character-count__message ${over ? 'govuk-error-message' : 'govuk-hint'}`}
              aria-hidden="true"
            >
              {countMessage}
            </div>
            <div className="govuk-visually-hidden" aria-live="polite">
              {over ? countMessage : ''}
            </div>
          </>
        )}
      </div>
    </FormGroup>
  );
}
