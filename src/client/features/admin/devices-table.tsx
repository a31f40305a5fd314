import { useState } from 'react';
import { formatDateTime } from '../../../domain/dates';
import { ConfirmDialog } from '../../components/confirm-dialog';
import {
  adminErrorMessage,
  revokeDevice,
  type AdminDevice,
  type AdminUser,
} from '../../sync/admin-client';
import { TableHead } from '../../components/table-head';

/**
 * Devices that have signed in, and revoking one: its next request is
 * refused and the app on it deletes that user's records (sync.md "Auth").
 */
export function DevicesTable({
  devices,
  users,
  onChanged,
  onError,
}: {
  devices: readonly AdminDevice[];
  users: readonly AdminUser[];
  onChanged: (message: string) => void;
  onError: (message: string) => void;
}) {
  const [confirming, setConfirming] = useState<AdminDevice | null>(null);
  const [busy, setBusy] = useState(false);
  const nameOf = (id: string) => users.find((u) => u.id === id)?.name ?? 'Unknown user';
  if (devices.length === 0) return <p className="govuk-body">No devices have signed in yet.</p>;

  const revoke = async (device: AdminDevice) => {
    setBusy(true);
    try {
      await revokeDevice(device.id);
      onChanged(
        `${device.name} (${nameOf(device.userId)}) was revoked. Its records will be deleted from it when it next connects.`,
      );
    } catch (err) {
      onError(adminErrorMessage(err));
    } finally {
      setBusy(false);
      setConfirming(null);
    }
  };

  return (
    <>
      <table className="govuk-table">
        <TableHead caption="Devices" columns={['Device', 'User', 'Last used', 'Status']} />
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
          busy={busy}
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
