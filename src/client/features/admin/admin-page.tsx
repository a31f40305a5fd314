import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ROLE_LABELS, type Role } from '../../../domain/roles';
import { NotificationBanner } from '../../components/notification-banner';
import { usePageTitle } from '../../app/use-page-title';
import { DevicesTable } from './devices-table';
import { useAdminData } from './use-admin-data';
import { useReferenceData } from '../../forms/use-reference-data';
import { TableHead } from '../../components/table-head';

/** Users and devices (admin only; the server enforces it). Needs a connection. */
export function AdminPage() {
  usePageTitle('Users and devices');
  const { users, devices, error, reload } = useAdminData();
  const ref = useReferenceData();
  const [message, setMessage] = useState<string | null>(null);
  const agencyName = (id: string) => ref?.agencies.find((a) => a.value === id)?.label ?? id;

  return (
    <>
      {message && <NotificationBanner type="success" heading={message} />}
      <h1 className="govuk-heading-l">Users and devices</h1>
      <p className="govuk-body">
        <Link className="govuk-link" to="/admin/powers">
          Powers ladder
        </Link>{' '}
        (steps, usual lengths, review intervals and limits the ASB officer issues from)
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/admin/audit">
          Audit log
        </Link>{' '}
        (who opened, changed or synced which records; export as CSV)
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/admin/reference">
          Reference data
        </Link>{' '}
        (wards, agencies, categories, police closing codes, letter templates and thresholds)
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/admin/retention">
          Retention and disposal
        </Link>{' '}
        (how long records are kept after closure, and those now due for disposal)
      </p>
      {error && <NotificationBanner heading={error} />}
      <h2 className="govuk-heading-m">Users</h2>
      <Link className="govuk-button" to="/admin/users/new">
        Add a user
      </Link>
      {!users && !error && (
        <p className="govuk-body" role="status">
          Loading…
        </p>
      )}
      {users && (
        <table className="govuk-table">
          <TableHead caption="Users" columns={['Name', 'Username', 'Agency', 'Roles', 'Status']} />
          <tbody className="govuk-table__body">
            {users.map((u) => (
              <tr className="govuk-table__row" key={u.id}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/admin/users/${u.id}`}>
                    {u.name}
                  </Link>
                </td>
                <td className="govuk-table__cell app-wrap-anywhere">{u.username}</td>
                <td className="govuk-table__cell">{agencyName(u.agencyId)}</td>
                <td className="govuk-table__cell">
                  {u.roles.map((r: Role) => ROLE_LABELS[r] ?? r).join(', ') || 'None'}
                </td>
                <td className="govuk-table__cell">{u.active ? 'Active' : 'Deactivated'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 className="govuk-heading-m">Devices</h2>
      {devices && users && (
        <DevicesTable
          devices={devices}
          users={users}
          onChanged={(m) => {
            setMessage(m);
            reload();
          }}
        />
      )}
    </>
  );
}
