import { useMemo, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { formatDateTime } from '../../../domain/dates';
import { SyncBadge } from '../../forms/sync-badge';
import type { CallListRow } from '../../local-store/queries';
import { OverdueTag, RiskTag, StatusTag, UpdateDueTag } from './call-tags';
import { CallsFilterForm } from './calls-filter-form';
import {
  filtersFromParams,
  isFiltered,
  paramsFromFilters,
  toQueryFilters,
  type FilterForm,
} from './list-filters';
import { LoadingPage } from './loading-page';
import { useCallsList, useHasAnyCall } from './use-calls-list';
import { useReferenceData, type Reference } from '../../forms/use-reference-data';

/** Rows drawn per step: enough for a day's tasking, few enough to stay fast with 50,000 calls on the device. */
export const CALLS_PAGE_SIZE = 100;

/** The calls list: filters in the URL, newest first, shown a page at a time. */
export function CallsListPage() {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const filters = useMemo(
    () => filtersFromParams(params, location.state),
    [params, location.state],
  );
  const [shown, setShown] = useState(CALLS_PAGE_SIZE);
  const reference = useReferenceData();
  // One more than shown tells whether there are more to show.
  const rows = useCallsList(toQueryFilters(filters), shown + 1);
  const hasAny = useHasAnyCall();
  const formKey = `${params.toString()}|${filters.q}`;

  const apply = (next: FilterForm) => {
    setShown(CALLS_PAGE_SIZE);
    setParams(paramsFromFilters(next), { state: next.q.trim() ? { q: next.q.trim() } : null });
  };

  if (!reference) return <LoadingPage title="Calls" />;
  return (
    <>
      <h1 className="govuk-heading-l">Calls</h1>
      <p className="govuk-body">
        <Link className="govuk-button govuk-!-margin-bottom-0" to="/calls/new">
          Log a call
        </Link>
      </p>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third-from-desktop">
          <CallsFilterForm key={formKey} initial={filters} reference={reference} onApply={apply} />
        </div>
        <div className="govuk-grid-column-two-thirds-from-desktop">
          <h2 className="govuk-heading-m">Results</h2>
          {rows === undefined || hasAny === undefined ? (
            <p className="govuk-body" role="status">
              Loading calls…
            </p>
          ) : (
            <Results
              rows={rows}
              shown={shown}
              anyCalls={hasAny}
              filtered={isFiltered(filters)}
              reference={reference}
              onMore={() => setShown((n) => n + CALLS_PAGE_SIZE)}
            />
          )}
        </div>
      </div>
    </>
  );
}

function Results({
  rows,
  shown,
  anyCalls,
  filtered,
  reference,
  onMore,
}: {
  rows: CallListRow[];
  shown: number;
  anyCalls: boolean;
  filtered: boolean;
  reference: Reference;
  onMore: () => void;
}) {
  if (rows.length === 0) {
    return filtered && anyCalls ? (
      <p className="govuk-body" role="status">
        No calls match these filters.{' '}
        <Link className="govuk-link" to="/calls">
          Clear filters
        </Link>
      </p>
    ) : (
      <p className="govuk-body" role="status">
        No calls logged yet.{' '}
        <Link className="govuk-link" to="/calls/new">
          Log a call
        </Link>
      </p>
    );
  }
  const visible = rows.slice(0, shown);
  const more = rows.length > shown;
  return (
    <>
      <p className="govuk-body" role="status">
        {more
          ? `Showing the newest ${visible.length} calls`
          : visible.length === 1
            ? '1 call'
            : `${visible.length} calls`}
      </p>
      <ul className="app-card-list" aria-label="Calls">
        {visible.map((row) => (
          <CallCard key={row.call.id} row={row} reference={reference} />
        ))}
      </ul>
      {more && (
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onMore}>
          Show more calls
        </button>
      )}
    </>
  );
}

function CallCard({ row, reference }: { row: CallListRow; reference: Reference }) {
  const { call } = row;
  const categories = call.categoryIds.map((c) => reference.categoryNames[c] ?? c).join(', ');
  return (
    <li className="app-card">
      <h3 className="govuk-heading-s govuk-!-margin-bottom-2 app-wrap-anywhere">
        <Link className="govuk-link" to={`/calls/${call.id}`}>
          {call.reference ?? 'Reference pending'}
          <span className="govuk-visually-hidden">{`, ${call.location.address}`}</span>
        </Link>
      </h3>
      <div className="app-card__tags">
        <StatusTag status={call.status} />
        <RiskTag risk={call.riskLevel} />
        <OverdueTag count={row.overdueCount} />
        <UpdateDueTag due={row.updateDue} />
        <SyncBadge sync={call._sync} />
      </div>
      <p className="govuk-body-s govuk-!-margin-bottom-1 app-wrap-anywhere">
        Received {formatDateTime(call.receivedAt)}
      </p>
      <p className="govuk-body-s govuk-!-margin-bottom-1 app-wrap-anywhere">
        {call.location.address},{' '}
        {reference.wardNames[call.location.wardCode] ?? call.location.wardCode}
      </p>
      <p className="govuk-body-s govuk-!-margin-bottom-0 app-wrap-anywhere">{categories}</p>
    </li>
  );
}
