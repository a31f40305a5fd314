/**
 * Signing in, unlocking, locking and signing out on this device. Each user
 * has their own Dexie database (openUserDb(user.id)); switching users closes
 * the other's, so nobody sees or pushes another user's records or outbox.
 * Sync runs only while unlocked. Nothing unsynced is ever deleted without
 * the person choosing "delete" (sync.md "One device, several users").
 */
import type { LoginResponse, SessionUser } from '../../domain/sync-protocol';
import { login, logout, type LoginInput } from './auth-client';
import { useSession } from './session-store';
import { useSyncStatus } from './sync-status-store';
import { getSyncTransport } from './transport';
import {
  forgetDeviceUser,
  listDeviceUsers,
  getDeviceUser,
  saveUnlockSecret,
  verifyUnlockSecret,
} from './unlock-secret';

/**
 * The device store and the sync engine (Dexie, zod, the domain schemas) load
 * only once someone unlocks, so the sign-in and unlock screens stay small.
 * Both chunks are precached by the service worker, so this works offline.
 */
const loadStore = () => import('../local-store/db');
const loadRuntime = () => import('./sync-runtime');

const loadWrite = () => import('../local-store/write');

/** Opens the user's database and starts sync; a StorageError (plain English) when the device cannot store. */
async function open(user: SessionUser): Promise<void> {
  const [{ setActiveUser, closeActiveDb }, { openUserStore }, { startSync }] = await Promise.all([
    loadStore(),
    loadWrite(),
    loadRuntime(),
  ]);
  const db = setActiveUser(user.id);
  try {
    await openUserStore(db);
  } catch (err) {
    closeActiveDb();
    throw err;
  }
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
  await open(result.user);
}

/**
 * Opens the app offline behind the passphrase. False when it does not match;
 * throws a StorageError when it matched but this device's storage would not open.
 */
export async function unlock(userId: string, passphrase: string): Promise<boolean> {
  const entry = getDeviceUser(userId);
  if (!entry || !(await verifyUnlockSecret(userId, passphrase))) return false;
  await open(entry.user);
  return true;
}

/** Locks the app: sync stops and records stay unreadable until the passphrase is entered. */
export async function lock(): Promise<void> {
  const { user } = useSession.getState();
  const [{ closeActiveDb }, { stopSync }] = await Promise.all([loadStore(), loadRuntime()]);
  stopSync();
  closeActiveDb();
  useSyncStatus.getState().reset();
  useSession.getState().setUser(user, user ? 'locked' : 'signed-out');
}

/** Changes the server does not have yet (pending, held or refused), one per thing the person did. */
export async function countUnsynced(): Promise<number> {
  const [{ unlockedDb }, { syncCounts }] = await Promise.all([
    import('./unlocked-db'),
    import('../local-store/sync-counts'),
  ]);
  const db = unlockedDb();
  return db ? (await syncCounts(db)).unsynced : 0;
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
  const [{ closeActiveDb, deleteUserDb }, { stopSync }] = await Promise.all([
    loadStore(),
    loadRuntime(),
  ]);
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
