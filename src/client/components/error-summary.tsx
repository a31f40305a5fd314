import { useEffect, useId, useRef } from 'react';

export interface FieldError {
  /** The id of the control the message is about (its first input for radios and checkboxes). */
  id: string;
  message: string;
}

/**
 * GOV.UK error summary. It takes focus whenever a new list of errors arrives
 * (each failed submit), so screen reader and keyboard users land on it; each
 * link moves focus to its field without touching the URL.
 */
export function ErrorSummary({
  errors,
  title = 'There is a problem',
}: {
  errors: readonly FieldError[];
  title?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div
      className="govuk-error-summary"
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={titleId}
    >
      <h2 className="govuk-error-summary__title" id={titleId}>
        {title}
      </h2>
      <div className="govuk-error-summary__body">
        <ul className="govuk-list govuk-error-summary__list">
          {errors.map((e) => (
            <li key={`${e.id}:${e.message}`}>
              <a
                href={`#${e.id}`}
                onClick={(event) => {
                  const target = document.getElementById(e.id);
                  if (!target) return;
                  event.preventDefault();
                  target.scrollIntoView?.({ block: 'center' });
                  target.focus();
                }}
              >
                {e.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
