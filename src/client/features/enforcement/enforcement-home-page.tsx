import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { canCreate } from '../../../domain/access';
import { addDays, formatDate, londonDate } from '../../../domain/dates';
import {
  enforcementDashboard,
  issuedInPeriod,
  PERIOD_GROUPS,
  type PeriodGroup,
} from '../../../domain/rules/enforcement-dashboard';
import type { Enforcement } from '../../../domain/schemas/enforcement';
import { DateInput } from '../../components/date-input';
import { LoadingPage } from '../../components/loading-page';
import { useActor } from '../../app/use-actor';
import { EnforcementStatusTag, RecordLink } from './enforcement-format';
import { useEnforcementList } from './use-enforcement';

const PERIOD_LABELS: Record<PeriodGroup, string> = {
  letters: 'Warning letters',
  abas: 'Acceptable Behaviour Agreements',
  cpws: 'Community Protection Warnings',
  cpns: 'Community Protection Notices',
};
type Steps = readonly { id: string; name: string }[];

function Section(props: {
  id: string;
  title: string;
  empty: string;
  items: { record: Enforcement; note?: string }[];
  steps: Steps;
}) {
  return (
    <section aria-labelledby={props.id} className="govuk-!-margin-bottom-6">
      <h2 className="govuk-heading-m" id={props.id}>
        {props.title} ({props.items.length})
      </h2>
      {props.items.length === 0 ? (
        <p className="govuk-body">{props.empty}</p>
      ) : (
        <ul className="govuk-list govuk-list--spaced">
          {props.items.map(({ record, note }) => (
            <li key={record.id}>
              <RecordLink record={record} steps={props.steps} />
              {note && <span className="govuk-hint govuk-!-margin-bottom-0">{note}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The ASB officer's first screen: what needs doing now, counts for a period, every record. */
export function EnforcementHomePage() {
  const data = useEnforcementList();
  const actor = useActor();
  const today = londonDate(new Date());
  const [from, setFrom] = useState(addDays(today, -90));
  const [to, setTo] = useState(today);
  const [group, setGroup] = useState<PeriodGroup | ''>('');
  const board = useMemo(
    () =>
      data &&
      enforcementDashboard(
        data.records,
        new Map(data.steps.map((s) => [s.id, s])),
        data.tasks,
        new Date(),
      ),
    [data],
  );
  if (!data || !board) return <LoadingPage title="Enforcement" />;
  const { steps, records } = data;
  const validPeriod = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to);
  const inPeriod = (g: PeriodGroup) => (validPeriod ? issuedInPeriod(records, g, from, to) : []);
  const due = (d: { record: Enforcement; due: string }) => ({
    record: d.record,
    note: `Review due ${formatDate(d.due)}`,
  });
  return (
    <>
      <h1 className="govuk-heading-l">Enforcement</h1>
      {actor && canCreate(actor, 'enforcements') && (
        <Link to="/enforcement/new" className="govuk-button" role="button" draggable="false">
          Issue a letter or power
        </Link>
      )}
      <Section
        id="reviews-overdue"
        title="Overdue reviews"
        empty="No reviews are overdue."
        items={board.reviewsOverdue.map(due)}
        steps={steps}
      />
      <Section
        id="reviews-week"
        title="Reviews due this week"
        empty="No reviews are due this week."
        items={board.reviewsThisWeek.map(due)}
        steps={steps}
      />
      <Section
        id="expiring"
        title="Agreements ending in the next 28 days"
        empty="Nothing ends in the next 28 days."
        items={board.expiringSoon.map((record) => ({
          record,
          note: `Ends ${formatDate(record.endDate ?? '')}`,
        }))}
        steps={steps}
      />
      <Section
        id="breached"
        title="Breaches recorded"
        empty="No record is currently breached."
        items={board.breached.map((record) => ({ record }))}
        steps={steps}
      />
      <Section
        id="awaiting"
        title="Letters awaiting delivery"
        empty="Every letter for hand delivery has been delivered."
        items={board.awaitingDelivery.map((record) => ({ record }))}
        steps={steps}
      />

      <section aria-labelledby="period-heading" className="govuk-!-margin-bottom-6">
        <h2 className="govuk-heading-m" id="period-heading">
          Issued in a period
        </h2>
        <DateInput id="period-from" label="From" value={from} onChange={setFrom} />
        <DateInput id="period-to" label="To" value={to} onChange={setTo} />
        <ul className="govuk-list">
          {(Object.keys(PERIOD_GROUPS) as PeriodGroup[]).map((g) => (
            <li key={g}>
              <button
                type="button"
                className="app-link-button govuk-link"
                aria-pressed={group === g}
                onClick={() => setGroup(group === g ? '' : g)}
              >
                {PERIOD_LABELS[g]}: {inPeriod(g).length}
              </button>
            </li>
          ))}
        </ul>
        {group && (
          <ul className="govuk-list" aria-label={`${PERIOD_LABELS[group]} in the period`}>
            {inPeriod(group).map((r) => (
              <li key={r.id}>
                <RecordLink record={r} steps={steps} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <h2 className="govuk-heading-m">All records</h2>
      {records.length === 0 ? (
        <p className="govuk-body">No enforcement records on this device yet.</p>
      ) : (
        <ul className="govuk-list govuk-list--spaced">
          {records.map((r) => (
            <li key={r.id}>
              <RecordLink record={r} steps={steps} /> <EnforcementStatusTag status={r.status} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
