/**
 * Signing in, unlocking, locking and signing out on this device. Each user
 * has their own Dexie database (openUserDb(user.id)); switching users closes
 * the other's, so nobody sees or pushes another user's records or outbox.
 * Sync runs only while unlocked. Nothing unsynced is ever deleted without
 * the person choosing "delete" (sync.md "One device, several users").
 */
import type { LoginResponse, SessionUser } from '../../domain/sync-protocol';
import {
  closeActiveDb,
  deleteUserDb,
  getActiveDb,
  setActiveUser,
  type CsuDb,
} from '../local-store/db';
import { login, logout, type LoginInput } from './auth-client';
import { useSession } from './session-store';
import { getSyncTransport, startSync, stopSync } from './sync-runtime';
import { useSyncStatus } from './sync-status-store';
import {
  forgetDeviceUser,
  listDeviceUsers,
  getDeviceUser,
  saveUnlockSecret,
  verifyUnlockSecret,
} from './unlock-secret';

/** The unlocked user's database, or null while locked or signed out (screens must not read then). */
export function unlockedDb(): CsuDb | null {
  const { status, user } = useSession.getState();
  if (status !== 'unlocked' || !user) return null;
  return getActiveDb();
}

function open(user: SessionUser): void {
  const db = setActiveUser(user.id);
  useSession.getState().setUser(user, 'unlocked');
  useSession.getState().setNotice(null);
  startSync(user, db);
}

/** At app start: offer unlock when someone has signed in on this device before. */
export function bootSession(): void {
  const [latest] = listDeviceUsers();
  if (latest) useSession.getState().setUser(latest.user, 'locked');
  else useSession.getState().setUser(null, 'signed-out');
}

/** Step 1 of sign-in: checks the password online. Throws ApiError (see signInErrorMessage). */
export function signIn(input: LoginInput): Promise<LoginResponse> {
  return login(getSyncTransport(), input);
}

/** Step 2: the chosen unlock passphrase is saved as a verifier, then this user's database opens. */
export async function finishSignIn(result: LoginResponse, passphrase: string): Promise<void> {
  await saveUnlockSecret(result.user, passphrase, result.deviceId);
  useSession.getState().setNeedsSignIn(false);
  open(result.user);
}

/** Opens the app offline behind the passphrase. False when it does not match. */
export async function unlock(userId: string, passphrase: string): Promise<boolean> {
  const entry = getDeviceUser(userId);
  if (!entry || !(await verifyUnlockSecret(userId, passphrase))) return false;
  open(entry.user);
  return true;
}

/** Locks the app: sync stops and records stay unreadable until the passphrase is entered. */
export function lock(): void {
  const { user } = useSession.getState();
  stopSync();
  closeActiveDb();
  useSyncStatus.getState().reset();
  useSession.getState().setUser(user, user ? 'locked' : 'signed-out');
}

/** Every queued change not yet accepted by the server: pending, held or refused. */
export async function countUnsynced(): Promise<number> {
  const db = unlockedDb();
  return db ? db.outbox.count() : 0;
}

export type SignOutMode = 'keep' | 'delete';

/**
 * `keep`: the database stays, unopenable until this user signs in again
 * online (the unlock verifier is forgotten). `delete`: the database and
 * every unsynced change are deleted; the screen asks for a typed confirmation.
 */
export async function signOut(mode: SignOutMode): Promise<void> {
  const { user } = useSession.getState();
  try {
    await logout(getSyncTransport());
  } catch {
    // Offline: the server session expires on its own; local sign-out still happens.
  }
  stopSync();
  if (user) {
    forgetDeviceUser(user.id);
    if (mode === 'delete') await deleteUserDb(user.id);
    else closeActiveDb();
  } else {
    closeActiveDb();
  }
  useSyncStatus.getState().reset();
  useSession.getState().setNeedsSignIn(false);
  useSession.getState().setUser(null, 'signed-out');
}
