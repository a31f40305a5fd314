import { useState, type ReactNode } from 'react';

/**
 * GOV.UK details (a native details/summary disclosure) that opens by itself
 * when `open` turns true, and again whenever `reopenOn` changes while it is
 * true: a section holding an error or a value is never left folded away
 * after a failed save. The user may still close it.
 */
export function Details({
  summary,
  open,
  reopenOn,
  children,
}: {
  summary: ReactNode;
  open: boolean;
  reopenOn?: unknown;
  children: ReactNode;
}) {
  const [shown, setShown] = useState(open);
  const [seen, setSeen] = useState({ open, reopenOn });
  if (seen.open !== open || seen.reopenOn !== reopenOn) {
    setSeen({ open, reopenOn });
    if (open) setShown(true);
  }
  return (
    <details
      className="govuk-details"
      open={shown}
      onToggle={(e) => setShown(e.currentTarget.open)}
    >
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      <div className="govuk-details__text">{children}</div>
    </details>
  );
}
