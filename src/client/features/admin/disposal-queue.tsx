import { useState } from 'react';
import { formatDate } from '../../../domain/dates';
import { RETENTION_TABLES, type RetentionTable } from '../../../domain/rules/retention';
import { tableLabel } from '../../../domain/table-labels';
import { Button } from '../../components/button';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { NotificationBanner } from '../../components/notification-banner';
import { adminErrorMessage } from '../../sync/admin-client';
import { disposeOf, type DisposalCandidate } from '../../sync/retention-client';

/**
 * Records past their retention period, by kind, for the admin to review and
 * dispose of. Rows name a record by kind, reference and dates only.
 */
export function DisposalQueue(props: {
  due: readonly DisposalCandidate[];
  onDisposed: (count: number) => void;
}) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };
  const selected = props.due.filter((d) => chosen.has(d.id));

  const dispose = async () => {
    setBusy(true);
    setProblem(null);
    try {
      let count = 0;
      for (const table of RETENTION_TABLES) {
        const ids = selected.filter((d) => d.table === table).map((d) => d.id);
        if (ids.length > 0) count += await disposeOf(table, ids);
      }
      setChosen(new Set());
      props.onDisposed(count);
    } catch (err) {
      setProblem(adminErrorMessage(err));
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  if (props.due.length === 0)
    return <p className="govuk-body">No records are past their retention period.</p>;
  return (
    <>
      {problem && <NotificationBanner heading={problem} />}
      {RETENTION_TABLES.map((table) => (
        <KindTable
          key={table}
          table={table}
          rows={props.due.filter((d) => d.table === table)}
          chosen={chosen}
          onToggle={toggle}
        />
      ))}
      <Button
        type="button"
        variant="warning"
        busy={busy}
        onClick={() =>
          selected.length > 0
            ? setConfirming(true)
            : setProblem('Select at least one record to dispose of.')
        }
      >
        Dispose of {selected.length} selected
      </Button>
      {confirming && (
        <ConfirmDialog
          title={`Dispose of ${selected.length} ${selected.length === 1 ? 'record' : 'records'}?`}
          confirmLabel="Dispose of them"
          warning
          busy={busy}
          onConfirm={() => void dispose()}
          onCancel={() => setConfirming(false)}
        >
          <p className="govuk-body">
            Each record, with its actions, notes and history, is removed from the server and from
            every device at its next sync. This cannot be undone. The audit log keeps only their
            ids.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}

function KindTable(props: {
  table: RetentionTable;
  rows: readonly DisposalCandidate[];
  chosen: ReadonlySet<string>;
  onToggle: (id: string, on: boolean) => void;
}) {
  if (props.rows.length === 0) return null;
  const label = tableLabel(props.table);
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--s">
        {label}: {props.rows.length} past their period
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {['Select', 'Record', 'Closed', 'Due for disposal'].map((c) => (
            <th key={c} scope="col" className="govuk-table__header">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {props.rows.map((d) => {
          const name = d.reference ?? `${label} ${d.id.slice(0, 8)}`;
          return (
            <tr className="govuk-table__row" key={d.id}>
              <td className="govuk-table__cell">
                <div className="govuk-checkboxes govuk-checkboxes--small">
                  <div className="govuk-checkboxes__item">
                    <input
                      className="govuk-checkboxes__input"
                      type="checkbox"
                      id={`dispose-${d.id}`}
                      checked={props.chosen.has(d.id)}
                      onChange={(e) => props.onToggle(d.id, e.target.checked)}
                    />
                    <label
                      className="govuk-label govuk-checkboxes__label"
                      htmlFor={`dispose-${d.id}`}
                    >
                      <span className="govuk-visually-hidden">Select {name}</span>
                    </label>
                  </div>
                </div>
              </td>
              <td className="govuk-table__cell app-wrap-anywhere">{name}</td>
              <td className="govuk-table__cell">{formatDate(d.closedOn)}</td>
              <td className="govuk-table__cell">{formatDate(d.dueOn)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
