import type { ReactNode } from 'react';

export interface SummaryRow {
  key: string;
  value: ReactNode;
  /** Extra text or a link for the row's action column. */
  action?: ReactNode;
}

/** GOV.UK summary list. Values wrap anywhere so long addresses fit 320 px. */
export function SummaryList({
  rows,
  noBorder = false,
}: {
  rows: readonly SummaryRow[];
  noBorder?: boolean;
}) {
  return (
    <dl className={`govuk-summary-list${noBorder ? ' govuk-summary-list--no-border' : ''}`}>
      {rows.map((row) => (
        <div className="govuk-summary-list__row" key={row.key}>
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value app-wrap-anywhere">{row.value}</dd>
          {row.action !== undefined && (
            <dd className="govuk-summary-list__actions">{row.action}</dd>
          )}
        </div>
      ))}
    </dl>
  );
}
