import { Link, useLocation, useParams } from 'react-router-dom';
import type { ReferenceRowData } from '../../../domain/reference-admin-schemas';
import { usePageTitle } from '../../app/use-page-title';
import { NotificationBanner } from '../../components/notification-banner';
import { TableHead } from '../../components/table-head';
import { listReferenceRows } from '../../sync/reference-admin-client';
import {
  isReferenceList,
  qualifierLabel,
  REFERENCE_LISTS,
  type ReferenceList,
} from './reference-fields';
import { useReferenceFetch } from './use-reference-admin';

/** The reference lists the administrator keeps up to date, one link each. */
export function ReferencePage() {
  usePageTitle('Reference data');
  const saved = (useLocation().state as { saved?: string } | null)?.saved;
  return (
    <>
      {saved && <NotificationBanner type="success" heading={saved} />}
      <Link className="govuk-back-link" to="/admin">
        Back to administration
      </Link>
      <h1 className="govuk-heading-l">Reference data</h1>
      <p className="govuk-body">
        The district’s lists every device offers. A change reaches every device at its next sync;
        you see what it changes before saving. Items are deactivated, never deleted.
      </p>
      <ul className="govuk-list">
        {Object.entries(REFERENCE_LISTS).map(([table, list]) => (
          <li key={table}>
            <Link className="govuk-link" to={`/admin/reference/${table}`}>
              {list.title}
            </Link>
          </li>
        ))}
        <li>
          <Link className="govuk-link" to="/admin/reference/thresholds">
            Thresholds (repeat suggestions and ASB Case Review)
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/admin/powers">
            Powers ladder
          </Link>
        </li>
      </ul>
    </>
  );
}

function extraColumn(table: string, row: ReferenceRowData): string | null {
  if (table === 'agencies') return String(row.shortName ?? '');
  if (table === 'categories')
    return `${qualifierLabel(row.qualifier)}${row.asb ? '' : ' (not ASB)'}`;
  return null;
}

const EXTRA: Record<string, string> = {
  agencies: 'Short name',
  categories: 'ASB qualifier',
};

function RowsTable({
  table,
  list,
  rows,
}: {
  table: string;
  list: ReferenceList;
  rows: ReferenceRowData[];
}) {
  const columns = [
    'Name',
    ...(list.codeLabel ? [list.codeLabel] : []),
    ...(EXTRA[table] ? [EXTRA[table]] : []),
    'Status',
  ];
  const sorted = [...rows].sort((a, b) => String(a.name).localeCompare(String(b.name), 'en-GB'));
  return (
    <table className="govuk-table">
      <TableHead caption={list.title} columns={columns} />
      <tbody className="govuk-table__body">
        {sorted.map((r) => (
          <tr className="govuk-table__row" key={r.id}>
            <td className="govuk-table__cell">
              <Link
                className="govuk-link"
                to={`/admin/reference/${table}/${encodeURIComponent(r.id)}`}
              >
                {String(r.name)}
              </Link>
            </td>
            {list.codeLabel && <td className="govuk-table__cell">{String(r.code ?? r.id)}</td>}
            {EXTRA[table] && <td className="govuk-table__cell">{extraColumn(table, r)}</td>}
            <td className="govuk-table__cell">{r.active ? 'In use' : 'Deactivated'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One reference list from the server, deactivated items included, with a way to add one. */
export function ReferenceListPage() {
  const { table = '' } = useParams();
  const saved = (useLocation().state as { saved?: string } | null)?.saved;
  const known = isReferenceList(table);
  const list = known ? REFERENCE_LISTS[table] : undefined;
  usePageTitle(list?.title ?? 'List not found');
  const { data: rows, error } = useReferenceFetch(
    () => (known ? listReferenceRows(table) : Promise.resolve([])),
    [known ? table : 'wards', table],
  );
  if (!known || !list)
    return (
      <>
        <h1 className="govuk-heading-l">List not found</h1>
        <p className="govuk-body">There is no such reference list.</p>
        <Link className="govuk-link" to="/admin/reference">
          Back to reference data
        </Link>
      </>
    );
  return (
    <>
      {saved && <NotificationBanner type="success" heading={saved} />}
      <Link className="govuk-back-link" to="/admin/reference">
        Back to reference data
      </Link>
      <h1 className="govuk-heading-l">{list.title}</h1>
      <p className="govuk-body">{list.intro}</p>
      <Link className="govuk-button" to={`/admin/reference/${table}/new`}>
        Add a {list.one}
      </Link>
      {error && <NotificationBanner heading={error} />}
      {!rows && !error && (
        <p className="govuk-body" role="status">
          Loading…
        </p>
      )}
      {rows && rows.length === 0 && <p className="govuk-body">There are none yet.</p>}
      {rows && rows.length > 0 && <RowsTable table={table} list={list} rows={rows} />}
    </>
  );
}
