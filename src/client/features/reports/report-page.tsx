import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { formatDate, londonDate } from '../../../domain/dates';
import {
  financialYearOf,
  financialYearQuarters,
  financialYearStart,
} from '../../../domain/rules/financial-year';
import { periodSchema } from '../../../domain/rules/marac-kpis';
import { Button } from '../../components/button';
import { Checkbox } from '../../components/checkboxes';
import { DateInput } from '../../components/date-input';
import { ErrorSummary } from '../../components/error-summary';
import { issuesToErrors } from '../../forms/form-errors';
import { usePageTitle } from '../../app/use-page-title';
import { ReportFigures } from './report-figures';
import { useMonitoring } from './use-monitoring';
import './reports.css';

const query = (from: string, to: string, publication: boolean) =>
  `?from=${from}&to=${to}${publication ? '&publication=1' : ''}`;

/**
 * The quarterly monitoring report, computed on this device from its records
 * (the server's GET /api/reports/monitoring gives the same figures). The
 * period and the publication choice live in the URL, so a reload or a
 * shared link shows the same report.
 */
export function ReportPage() {
  usePageTitle('Monitoring report');
  const [params, setParams] = useSearchParams();
  const [today] = useState(() => londonDate(Date.now()));
  const year = financialYearOf(today);
  const from = params.get('from') ?? year.from;
  const to = params.get('to') ?? year.to;
  const publication = params.get('publication') === '1';
  const [draft, setDraft] = useState({ from, to, publication });
  const parsed = periodSchema.safeParse({ from, to });
  const errors = parsed.success ? [] : issuesToErrors(parsed.error.issues, ['from', 'to']);
  const fieldErrors = Object.fromEntries(errors.map((e) => [e.id, e.message]));
  const { report, marac } = useMonitoring(parsed.success ? parsed.data : null, publication);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams({ from: draft.from, to: draft.to });
    if (draft.publication) next.set('publication', '1');
    setParams(next);
  };
  const fy = financialYearStart(today);
  const years = [fy, fy - 1];

  return (
    <div className="app-report">
      <h1 className="govuk-heading-l">Monitoring report</h1>
      <ErrorSummary errors={errors} />
      <nav aria-label="Financial year quarters">
        {years.map((y) => {
          const quarters = financialYearQuarters(y);
          return (
            <p className="govuk-body" key={y}>
              <Link className="govuk-link" to={query(`${y}-04-01`, `${y + 1}-03-31`, publication)}>
                {`${y}/${String((y + 1) % 100).padStart(2, '0')}`} whole year
              </Link>
              {quarters.map((q) => (
                <span key={q.label}>
                  {' · '}
                  <Link className="govuk-link" to={query(q.from, q.to, publication)}>
                    {q.label}
                  </Link>
                </span>
              ))}
            </p>
          );
        })}
      </nav>
      <form onSubmit={submit} noValidate key={`${from}|${to}|${publication}`}>
        <DateInput
          id="from"
          label="From"
          value={draft.from}
          error={fieldErrors.from}
          onChange={(v) => setDraft((d) => ({ ...d, from: v }))}
        />
        <DateInput
          id="to"
          label="To"
          value={draft.to}
          error={fieldErrors.to}
          onChange={(v) => setDraft((d) => ({ ...d, to: v }))}
        />
        <Checkbox
          id="publication"
          label="Prepare for publication"
          hint="Counts under 5 are shown as *, as the strategic assessment does."
          checked={draft.publication}
          onChange={(v) => setDraft((d) => ({ ...d, publication: v }))}
        />
        <Button>Show figures</Button>
      </form>
      {parsed.success && !report && (
        <p className="govuk-body" role="status">
          Loading the figures…
        </p>
      )}
      {parsed.success && report && (
        <>
          <h2 className="govuk-heading-m">
            {formatDate(report.from)} to {formatDate(report.to)}
            {publication ? ' (for publication)' : ''}
          </h2>
          <ReportFigures report={report} marac={marac} />
        </>
      )}
    </div>
  );
}
