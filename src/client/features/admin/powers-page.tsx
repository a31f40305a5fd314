import { Link } from 'react-router-dom';
import { LoadingPage } from '../../components/loading-page';
import { TableHead } from '../../components/table-head';
import type { PowerStep } from '../../local-store/enforcement-repo';
import { useLadder } from './use-ladder';

const months = (n?: number) => (n ? `${n} month${n === 1 ? '' : 's'}` : '–');
const days = (n?: number) => (n ? `${n} days` : '–');

/** Timing in words: usual length, longest in total, review interval, appeal window. */
export function stepTiming(s: PowerStep): string[] {
  return [
    months(s.defaultDurationMonths),
    months(s.maxTotalMonths),
    days(s.reviewEveryDays),
    days(s.appealWindowDays),
  ];
}

/** The powers ladder the ASB officer issues from, for the administrator to keep up to date. */
export function PowersPage() {
  const steps = useLadder();
  if (!steps) return <LoadingPage title="Powers ladder" />;
  return (
    <>
      <p className="govuk-body">
        <Link className="govuk-link" to="/admin">
          Back to administration
        </Link>
      </p>
      <h1 className="govuk-heading-l">Powers ladder</h1>
      <p className="govuk-body">
        Changes reach every device at its next sync. Reviews, end dates and appeal windows of
        running records follow the new figures.
      </p>
      {steps.length === 0 ? (
        <p className="govuk-body">
          The ladder has not reached this device yet. Sync, then come back.
        </p>
      ) : (
        <table className="govuk-table">
          <TableHead
            caption="Powers ladder"
            columns={[
              'Step',
              'Usual length',
              'Longest in total',
              'Review every',
              'Appeal window',
              'Status',
            ]}
          />
          <tbody className="govuk-table__body">
            {steps.map((s) => (
              <tr className="govuk-table__row" key={s.id}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/admin/powers/${encodeURIComponent(s.id)}`}>
                    {s.name}
                  </Link>
                </td>
                {stepTiming(s).map((t, i) => (
                  <td className="govuk-table__cell" key={i}>
                    {t}
                  </td>
                ))}
                <td className="govuk-table__cell">{s.active ? 'In use' : 'Withdrawn'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
