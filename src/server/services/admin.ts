/**
 * User and device administration (admin role only; routes/admin.ts checks
 * the role). Each account change also writes the user's directory record
 * (the synced `users` table: id, name, agency, wards, active; no roles or
 * credentials). A change to roles, agency or wards starts a new scope
 * epoch, so the user's devices reset and pull only what they may now read.
 */
import { uuidv7 } from '../../domain/ids';
import type { NewUser, UserChange } from '../../domain/admin-schemas';
import { newUserSchema } from '../../domain/admin-schemas';
import type { AdminDevice, AdminUser } from '../../domain/sync-protocol';
import type { ServerDeps } from '../deps';
import { ApiError, notFound } from '../errors';
import type { DeviceRow, StorageTx, UserRow } from '../storage/types';
import { writeAudit } from './audit';
import { normaliseUsername } from './auth';
import { hashPassword } from './passwords';
import { writeNewRecord, writeRecordChange } from './records';

export interface Admin {
  userId: string | null;
  deviceId: string | null;
}

export function publicUser(u: UserRow): AdminUser {
  return {
    id: u.id,
    username: u.username,
    name: u.name,
    agencyId: u.agencyId,
    roles: u.roles,
    wards: u.wards,
    active: u.active,
  };
}

export function publicDevice(d: DeviceRow): AdminDevice {
  return {
    id: d.id,
    userId: d.userId,
    name: d.name,
    createdAt: d.createdAt,
    lastSeenAt: d.lastSeenAt,
    revokedAt: d.revokedAt,
  };
}

const directoryData = (u: UserRow) => ({
  id: u.id,
  active: u.active,
  name: u.name,
  agencyId: u.agencyId,
  wards: u.wards,
});

async function writeDirectory(
  tx: StorageTx,
  u: UserRow,
  now: Date,
  by: string | null,
): Promise<void> {
  const existing = await tx.getRecord('users', u.id);
  const data = directoryData(u);
  if (!existing) {
    await writeNewRecord(tx, {
      table: 'users',
      id: u.id,
      data,
      by: by ? { userId: by, agencyId: '' } : null,
      now,
    });
    return;
  }
  const changed = Object.fromEntries(
    Object.entries(data).filter(([k, v]) => JSON.stringify(existing.data[k]) !== JSON.stringify(v)),
  );
  if (Object.keys(changed).length > 0) await writeRecordChange(tx, existing, changed, { by, now });
}

/** `id` is for imports (the demo's users are referenced by its records); new accounts get a fresh one. */
export async function createUserAccount(
  deps: ServerDeps,
  input: NewUser,
  admin: Admin,
  opts: { id?: string } = {},
): Promise<UserRow> {
  const parsed = newUserSchema.parse(input);
  const passwordHash = await hashPassword(parsed.password, deps.options.scryptN);
  const now = deps.clock.now();
  const user: UserRow = {
    id: opts.id ?? uuidv7(now.getTime()),
    username: normaliseUsername(parsed.username),
    name: parsed.name,
    agencyId: parsed.agencyId,
    roles: [...new Set(parsed.roles)],
    wards: parsed.wards,
    active: true,
    passwordHash,
    scopeEpoch: 1,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  return deps.storage.transaction(async (tx) => {
    if (await tx.getUserByUsername(user.username))
      throw new ApiError(409, 'username_taken', 'That username is already in use. Choose another.');
    await tx.insertUser(user);
    await writeDirectory(tx, user, now, admin.userId);
    await writeAudit(tx, now, {
      ...admin,
      action: 'admin.user.create',
      table: 'users',
      ids: [user.id],
    });
    return user;
  });
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());

export async function updateUserAccount(
  deps: ServerDeps,
  id: string,
  change: UserChange,
  admin: Admin,
) {
  const now = deps.clock.now();
  return deps.storage.transaction(async (tx) => {
    const user = await tx.getUser(id);
    if (!user) throw notFound('No such user.');
    const next: UserRow = {
      ...user,
      name: change.name ?? user.name,
      agencyId: change.agencyId ?? user.agencyId,
      roles: change.roles ? [...new Set(change.roles)] : user.roles,
      wards: change.wards ?? user.wards,
      active: change.active ?? user.active,
      updatedAt: now.toISOString(),
    };
    const scopeMoved =
      next.agencyId !== user.agencyId ||
      !sameList(next.roles, user.roles) ||
      !sameList(next.wards, user.wards);
    if (scopeMoved) next.scopeEpoch = user.scopeEpoch + 1;
    await tx.updateUser(next);
    if (!next.active) await tx.deleteSessionsForUser(id);
    await writeDirectory(tx, next, now, admin.userId);
    await writeAudit(tx, now, { ...admin, action: 'admin.user.update', table: 'users', ids: [id] });
    return next;
  });
}

export async function resetUserPassword(
  deps: ServerDeps,
  id: string,
  newPassword: string,
  admin: Admin,
) {
  const passwordHash = await hashPassword(newPassword, deps.options.scryptN);
  const now = deps.clock.now();
  await deps.storage.transaction(async (tx) => {
    const user = await tx.getUser(id);
    if (!user) throw notFound('No such user.');
    await tx.updateUser({ ...user, passwordHash, updatedAt: now.toISOString() });
    // Whoever knew the old password is signed out everywhere.
    await tx.deleteSessionsForUser(id);
    await writeAudit(tx, now, {
      ...admin,
      action: 'admin.user.password',
      table: 'users',
      ids: [id],
    });
  });
}

export async function revokeDevice(deps: ServerDeps, id: string, admin: Admin): Promise<DeviceRow> {
  const now = deps.clock.now();
  return deps.storage.transaction(async (tx) => {
    const device = await tx.getDevice(id);
    if (!device) throw notFound('No such device.');
    const revoked = { ...device, revokedAt: device.revokedAt ?? now.toISOString() };
    await tx.updateDevice(revoked);
    await writeAudit(tx, now, {
      ...admin,
      action: 'admin.device.revoke',
      table: 'devices',
      ids: [id],
    });
    return revoked;
  });
}
