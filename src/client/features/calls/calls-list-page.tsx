import { useMemo, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { canCreate } from '../../../domain/access';
import { RISK_LABELS } from '../../../domain/reference/risk';
import type { CallListRow } from '../../local-store/queries';
import { ActiveFilterTags } from './active-filter-tags';
import { CallCard } from './call-card';
import { CallsFilterForm } from './calls-filter-form';
import {
  activeFilters,
  filtersFromParams,
  isFiltered,
  paramsFromFilters,
  toQueryFilters,
  type FilterForm,
} from './list-filters';
import { LoadingPage } from '../../components/loading-page';
import { useActor } from '../../app/use-actor';
import { useCaseReview } from '../../forms/use-case-review';
import { useCallsList, useHasAnyCall, useRepeatFlags } from './use-calls-list';
import { useReferenceData, type Reference } from '../../forms/use-reference-data';

/** Rows drawn per step: enough for a day's tasking, few enough to stay fast with 50,000 calls on the device. */
export const CALLS_PAGE_SIZE = 100;

/** Filters start open where there is room beside the list, folded on a phone so the first call shows. */
function startsOpen(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(min-width: 769px)').matches;
}

/** The calls list: filters in the URL, newest first, shown a page at a time. */
export function CallsListPage() {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const filters = useMemo(
    () => filtersFromParams(params, location.state),
    [params, location.state],
  );
  const [shown, setShown] = useState(CALLS_PAGE_SIZE);
  const actor = useActor();
  const mayLog = actor !== null && canCreate(actor, 'calls');
  const reference = useReferenceData();
  // One more than shown tells whether there are more to show.
  const rows = useCallsList(toQueryFilters(filters), shown + 1);
  const hasAny = useHasAnyCall();
  const formKey = `${params.toString()}|${filters.q}`;

  const [filterOpen, setFilterOpen] = useState(startsOpen);

  const apply = (next: FilterForm) => {
    setShown(CALLS_PAGE_SIZE);
    setParams(paramsFromFilters(next), { state: next.q.trim() ? { q: next.q.trim() } : null });
  };

  if (!reference) return <LoadingPage title="Calls" />;
  const active = activeFilters(
    filters,
    { wards: reference.wardNames, categories: reference.categoryNames },
    RISK_LABELS,
  );
  return (
    <>
      <div className="app-page-heading">
        <h1 className="govuk-heading-l govuk-!-margin-bottom-0">Calls</h1>
        {mayLog && (
          <Link className="govuk-button govuk-!-margin-bottom-0" to="/calls/new">
            Log a call
          </Link>
        )}
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third-from-desktop">
          <details
            className="govuk-details app-filter-panel"
            open={filterOpen}
            onToggle={(e) => setFilterOpen(e.currentTarget.open)}
          >
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">
                Filter{active.length > 0 ? ` (${active.length} in use)` : ''}
              </span>
            </summary>
            <div className="govuk-details__text">
              <CallsFilterForm
                key={formKey}
                initial={filters}
                reference={reference}
                onApply={apply}
              />
            </div>
          </details>
        </div>
        <div className="govuk-grid-column-two-thirds-from-desktop">
          <h2 className="govuk-visually-hidden">Results</h2>
          <ActiveFilterTags filters={active} onRemove={(f) => apply(f.without)} />
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
      <CallCards rows={visible} reference={reference} />
      {more && (
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onMore}>
          Show more calls
        </button>
      )}
    </>
  );
}

function CallCards({ rows, reference }: { rows: CallListRow[]; reference: Reference }) {
  const repeats = useRepeatFlags(rows.map((r) => r.call));
  const actor = useActor();
  // The chair's list: the chair is the one told when a Case Review may be due.
  const chair = actor !== null && canCreate(actor, 'groups');
  const warned = useCaseReview(chair ? rows.flatMap((r) => r.call.personIds) : []);
  const warnedIds = new Set((warned ?? []).map((w) => w.personId));
  const qualifying = new Set((warned ?? []).flatMap((w) => w.warning.callIds));
  return (
    <ul className="app-card-list" aria-label="Calls">
      {rows.map((row) => (
        <CallCard
          key={row.call.id}
          row={row}
          reference={reference}
          repeat={repeats?.has(row.call.id) ?? false}
          caseReview={
            qualifying.has(row.call.id) || row.call.personIds.some((id) => warnedIds.has(id))
          }
        />
      ))}
    </ul>
  );
}
