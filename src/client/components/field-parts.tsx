import type { ReactNode } from 'react';
import './components.css';

/**
 * Pieces every GOV.UK form field repeats: the form group (red bar on
 * error), the hint and the error message, and the ids that tie them to the
 * control through aria-describedby.
 */
export function hintId(id: string): string {
  return `${id}-hint`;
}

export function errorId(id: string): string {
  return `${id}-error`;
}

/** The aria-describedby value for a control: hint first, then the error, as GOV.UK orders them. */
export function describedBy(
  id: string,
  hint?: ReactNode,
  error?: string,
  extra?: string,
): string | undefined {
  const ids = [hint ? hintId(id) : '', error ? errorId(id) : '', extra ?? ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function FormGroup({ error, children }: { error?: string; children: ReactNode }) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>{children}</div>
  );
}

export function Hint({ id, children }: { id: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <div id={hintId(id)} className="govuk-hint">
      {children}
    </div>
  );
}

export function ErrorMessage({ id, children }: { id: string; children?: string }) {
  if (!children) return null;
  return (
    <p id={errorId(id)} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {children}
    </p>
  );
}

export function Label({
  htmlFor,
  children,
  size,
}: {
  htmlFor: string;
  children: ReactNode;
  size?: 's' | 'm' | 'l';
}) {
  return (
    <label className={`govuk-label${size ? ` govuk-label--${size}` : ''}`} htmlFor={htmlFor}>
      {children}
    </label>
  );
}
