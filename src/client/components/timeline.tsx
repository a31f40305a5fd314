import type { ReactNode } from 'react';
import './components.css';

export interface TimelineEntry {
  key: string;
  /** ISO instant, used for the machine-readable <time> and the label. */
  at: string;
  /** How the date is shown, e.g. "3 March 2026 at 14:05". */
  atLabel: string;
  title: string;
  by?: string;
  body?: ReactNode;
}

/** An ordered list of dated entries (the call's chronology). Callers choose the order. */
export function Timeline({ entries, label }: { entries: readonly TimelineEntry[]; label: string }) {
  return (
    <ol className="app-timeline" aria-label={label}>
      {entries.map((e) => (
        <li className="app-timeline__item" key={e.key}>
          <h3 className="govuk-heading-s govuk-!-margin-bottom-1 app-wrap-anywhere">{e.title}</h3>
          <p className="govuk-body-s govuk-!-margin-bottom-1 app-timeline__meta">
            <time dateTime={e.at}>{e.atLabel}</time>
            {e.by && <span className="app-wrap-anywhere"> by {e.by}</span>}
          </p>
          {e.body !== undefined && (
            <div className="govuk-body app-timeline__body app-wrap-anywhere">{e.body}</div>
          )}
        </li>
      ))}
    </ol>
  );
}
