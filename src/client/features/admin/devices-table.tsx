import type { AdminDevice, AdminUser } from '../../../domain/sync-protocol';
import { useState } from 'react';
import { formatDateTime } from '../../../domain/dates';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { NotificationBanner } from '../../components/notification-banner';
import { useSubmit } from '../../forms/use-submit';
import { adminErrorMessage, revokeDevice } from '../../sync/admin-client';

// A failed revoke (offline, signed out) is one message above the table.
const MAP_ERROR = (err: unknown) => ({ kind: 'message' as const, message: adminErrorMessage(err) });
import { TableHead } from '../../components/table-head';

/**
 * Devices that have signed in, and revoking one: its next request is
 * refused and the app on it deletes that user's records (sync.md "Auth").
 */
export function DevicesTable({
  devices,
  users,
  onChanged,
}: {
  devices: readonly AdminDevice[];
  users: readonly AdminUser[];
  onChanged: (message: string) => void;
}) {
  const [confirming, setConfirming] = useState<AdminDevice | null>(null);
  const form = useSubmit({ mapError: MAP_ERROR });
  const nameOf = (id: string) => users.find((u) => u.id === id)?.name ?? 'Unknown user';
  if (devices.length === 0) return <p className="govuk-body">No devices have signed in yet.</p>;

  const revoke = async (device: AdminDevice) => {
    const done = await form.run(() => revokeDevice(device.id));
    setConfirming(null);
    if (done)
      onChanged(
        `${device.name} (${nameOf(device.userId)}) was revoked. Its records will be deleted from it when it next connects.`,
      );
  };

  return (
    <>
      {form.problem && <NotificationBanner heading={form.problem} />}
      <table className="govuk-table">
        <TableHead caption="Devices" columns={['Device', 'User', 'Last contact', 'Status']} />
        <tbody className="govuk-table__body">
          {devices.map((d) => (
            <tr className="govuk-table__row" key={d.id}>
              <td className="govuk-table__cell app-wrap-anywhere">{d.name}</td>
              <td className="govuk-table__cell">{nameOf(d.userId)}</td>
              <td className="govuk-table__cell">{formatDateTime(d.lastSeenAt)}</td>
              <td className="govuk-table__cell">
                {d.revokedAt ? (
                  `Revoked ${formatDateTime(d.revokedAt)}`
                ) : (
                  <button
                    type="button"
                    className="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
                    onClick={() => setConfirming(d)}
                  >
                    Revoke
                    <span className="govuk-visually-hidden">
                      {' '}
                      {d.name} of {nameOf(d.userId)}
                    </span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {confirming && (
        <ConfirmDialog
          title={`Revoke ${confirming.name}?`}
          confirmLabel="Revoke device"
          warning
          busy={form.busy}
          onCancel={() => setConfirming(null)}
          onConfirm={() => void revoke(confirming)}
        >
          <p className="govuk-body">
            {nameOf(confirming.userId)} will be signed out on this device, and its records will be
            deleted from it the next time it connects. Changes on it that were not sent will be
            lost.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
