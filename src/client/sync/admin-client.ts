/**
 * The admin API (/api/admin), online only: user accounts and devices are
 * fetched fresh each time and never stored on the device (no Dexie), so a
 * lost admin phone holds no account list.
 */
import type { NewUser, UserChange } from '../../domain/admin-schemas';
import type { AdminDevice, AdminUser } from '../../domain/sync-protocol';
import { ApiError, apiJson, type Transport } from './transport';
import { getSyncTransport } from './transport';

const t = (transport?: Transport) => transport ?? getSyncTransport();

export async function listUsers(transport?: Transport): Promise<AdminUser[]> {
  return (await apiJson<{ users: AdminUser[] }>(t(transport), '/api/admin/users')).users;
}

export async function createUser(input: NewUser, transport?: Transport): Promise<AdminUser> {
  return (
    await apiJson<{ user: AdminUser }>(t(transport), '/api/admin/users', {
      method: 'POST',
      body: input,
    })
  ).user;
}

export async function updateUser(
  id: string,
  change: UserChange,
  transport?: Transport,
): Promise<AdminUser> {
  const path = `/api/admin/users/${encodeURIComponent(id)}`;
  return (await apiJson<{ user: AdminUser }>(t(transport), path, { method: 'PATCH', body: change }))
    .user;
}

export async function resetPassword(
  id: string,
  password: string,
  transport?: Transport,
): Promise<void> {
  const path = `/api/admin/users/${encodeURIComponent(id)}/password`;
  await apiJson<unknown>(t(transport), path, { method: 'POST', body: { password } });
}

export async function listDevices(transport?: Transport): Promise<AdminDevice[]> {
  return (await apiJson<{ devices: AdminDevice[] }>(t(transport), '/api/admin/devices')).devices;
}

export async function revokeDevice(id: string, transport?: Transport): Promise<AdminDevice> {
  const path = `/api/admin/devices/${encodeURIComponent(id)}/revoke`;
  return (await apiJson<{ device: AdminDevice }>(t(transport), path, { method: 'POST', body: {} }))
    .device;
}

/** Plain English for an admin screen; field errors are shown beside their fields. */
export function adminErrorMessage(err: unknown): string {
  if (!(err instanceof ApiError)) return 'Something went wrong. Try again.';
  if (err.serverCode === 'username_taken')
    return 'That username is already in use. Choose another.';
  switch (err.code) {
    case 'network':
      return 'You are offline. Managing users needs a connection: try again when you are online.';
    case 'session_expired':
      return 'Your session has ended. Sign in again to manage users.';
    case 'forbidden':
      return 'Only a system administrator can manage users and devices.';
    case 'not_found':
      return 'That user or device no longer exists. Go back to the list and try again.';
    case 'bad_request':
      return err.fields ? 'Check the highlighted fields.' : err.message;
    default:
      return 'The server could not do that just now. Try again in a few minutes.';
  }
}
