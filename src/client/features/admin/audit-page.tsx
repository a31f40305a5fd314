import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { londonDayStart, addDays } from '../../../domain/dates';
import { Button } from '../../components/button';
import { downloadText } from '../../components/download';
import { ErrorSummary } from '../../components/error-summary';
import { NotificationBanner } from '../../components/notification-banner';
import { TableHead } from '../../components/table-head';
import { usePageTitle } from '../../app/use-page-title';
import type { AuditFilters } from '../../sync/audit-client';
import {
  AuditFilterForm,
  auditFilterErrors,
  NO_FILTERS,
  type AuditFilterValues,
} from './audit-filters';
import { AUDIT_COLUMNS, auditCells, auditCsv, type AuditNames } from './audit-words';
import { useAdminData } from './use-admin-data';
import { useAuditLog } from './use-audit-log';

const KEYS = Object.keys(NO_FILTERS) as (keyof AuditFilterValues)[];

/** Form values (London dates) to the API's filters (instants, `to` exclusive). */
function toApiFilters(v: AuditFilterValues): AuditFilters {
  return {
    userId: v.userId || undefined,
    action: v.action || undefined,
    table: v.table || undefined,
    recordId: v.recordId || undefined,
    from: v.from ? londonDayStart(v.from) : undefined,
    to: v.to ? londonDayStart(addDays(v.to, 1)) : undefined,
  };
}

/**
 * The audit log for admins: who did what to which records, newest first,
 * filtered by person, action, record type, record and dates, and exported as
 * CSV. Online only; the filters (ids and dates, never names) live in the URL
 * so the back button and a reload keep them.
 */
export function AuditPage() {
  usePageTitle('Audit log');
  const [params, setParams] = useSearchParams();
  const values = useMemo(
    () =>
      Object.fromEntries(KEYS.map((k) => [k, params.get(k) ?? ''])) as unknown as AuditFilterValues,
    [params],
  );
  const errors = auditFilterErrors(values);
  const { users, devices, error: directoryError } = useAdminData();
  const log = useAuditLog(errors.length === 0 ? toApiFilters(values) : null);

  const names: AuditNames = {
    user: (id) =>
      id ? (users?.find((u) => u.id === id)?.name ?? 'Unknown user') : 'Nobody signed in',
    device: (id) => (id ? (devices?.find((d) => d.id === id)?.name ?? 'Unknown device') : ''),
  };
  const apply = (v: AuditFilterValues) => {
    const next = new URLSearchParams();
    for (const k of KEYS) if (v[k]) next.set(k, v[k]);
    setParams(next);
  };

  return (
    <>
      <p className="govuk-body">
        <Link className="govuk-link" to="/admin">
          Back to users and devices
        </Link>
      </p>
      <h1 className="govuk-heading-l">Audit log</h1>
      <p className="govuk-body">
        Who opened, changed or synced which records, and every sign-in. Entries name records by id
        only and can never be changed or deleted.
      </p>
      <ErrorSummary errors={errors} />
      {(directoryError ?? log.error) && (
        <NotificationBanner heading={(log.error ?? directoryError)!} />
      )}
      <AuditFilterForm
        key={params.toString()}
        initial={values}
        users={users ?? []}
        errors={errors}
        onApply={apply}
      />
      <AuditResults log={log} names={names} />
    </>
  );
}

function AuditResults({ log, names }: { log: ReturnType<typeof useAuditLog>; names: AuditNames }) {
  const { entries } = log;
  return (
    <>
      <h2 className="govuk-heading-m">Entries</h2>
      <p className="govuk-body" role="status">
        {entries === undefined
          ? log.loading
            ? 'Loading entries…'
            : ''
          : entries.length === 0
            ? 'No entries match these filters.'
            : `Showing the newest ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}${log.hasOlder ? ' (older entries not loaded yet)' : ''}.`}
      </p>
      {entries && entries.length > 0 && (
        <>
          <table className="govuk-table">
            <TableHead caption="Audit entries, newest first" columns={AUDIT_COLUMNS} />
            <tbody className="govuk-table__body">
              {entries.map((e) => (
                <tr className="govuk-table__row" key={e.id}>
                  {auditCells(e, names).map((cell, i) => (
                    <td key={i} className="govuk-table__cell app-wrap-anywhere">
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <div className="govuk-button-group">
            {log.hasOlder && (
              <Button type="button" variant="secondary" busy={log.loading} onClick={log.loadOlder}>
                Load older entries
              </Button>
            )}
            <Button
              type="button"
              variant="secondary"
              onClick={() => downloadText('audit-log.csv', auditCsv(entries, names))}
            >
              Download these entries (CSV)
            </Button>
          </div>
        </>
      )}
    </>
  );
}
