/**
 * Sign-in, sessions and sign-out. Sessions live on the server: the cookie
 * holds a random 32-byte token and storage holds only its SHA-256, so a
 * copy of the database cannot be replayed as a cookie. A session unused
 * for `sessionIdleMs` has expired, and so has one older than
 * `sessionMaxAgeMs` however much it is used; a revoked device's sessions
 * answer `device_revoked` so the app can wipe that user's local data.
 * Tokens rotate: signing in ends the session the browser already had, and
 * after a change to the user's roles, agency or wards (their scopeEpoch)
 * the next request swaps the token for a new one.
 */
import { createHash, randomBytes } from 'node:crypto';
import { uuidv7 } from '../../domain/ids';
import { actorOf } from '../../domain/roles';
import type { SessionUser } from '../../domain/sync-protocol';
import type { AuthContext, ServerDeps } from '../deps';
import { ApiError } from '../errors';
import type { SessionRow, StorageTx, UserRow } from '../storage/types';
import { writeAudit } from './audit';
import { verifyAgainstDummy, verifyPassword } from './passwords';
import { clearAccountFailures, recordSignInFailure, signInWaitMs } from './sign-in-throttle';

/** Only touch a session's last-seen time this often, to keep reads cheap. */
const TOUCH_EVERY_MS = 60 * 1000;
/**
 * A rotated-away token keeps working this long, so that requests the app
 * already sent with it (a push beside a pull) still finish.
 */
export const ROTATION_GRACE_MS = 60 * 1000;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export const normaliseUsername = (username: string) => username.trim().toLowerCase();

export function sessionUser(user: UserRow): SessionUser {
  return {
    id: user.id,
    name: user.name,
    username: user.username,
    agencyId: user.agencyId,
    roles: [...user.roles],
    wards: [...user.wards],
  };
}

const badCredentials = () =>
  new ApiError(
    401,
    'bad_credentials',
    'The username or password is not right. Check them and try again.',
  );

function rateLimited(waitMs: number) {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  const wait = seconds < 60 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
  return new ApiError(
    429,
    'rate_limited',
    `Too many failed sign-ins. Wait ${wait}, then try again.`,
    { 'Retry-After': String(seconds) },
  );
}

export interface LoginInput {
  username: string;
  password: string;
  deviceName: string;
  address: string;
  /** The session token the browser already holds, if any: it is replaced. */
  previousToken?: string;
}

export async function login(deps: ServerDeps, input: LoginInput) {
  const username = normaliseUsername(input.username);
  const { user, waitMs } = await deps.storage.transaction(async (tx) => ({
    waitMs: await signInWaitMs(tx, username, input.address, deps.clock.now()),
    user: await tx.getUserByUsername(username),
  }));
  if (waitMs > 0) throw rateLimited(waitMs);

  let ok = false;
  if (user) ok = (await verifyPassword(input.password, user.passwordHash)) && user.active;
  else await verifyAgainstDummy(input.password, deps.options.scryptN);

  const now = deps.clock.now();
  if (!ok || !user) {
    await deps.storage.transaction(async (tx) => {
      await recordSignInFailure(tx, username, input.address, now);
      await writeAudit(tx, now, {
        userId: user?.id ?? null,
        deviceId: null,
        action: 'login.failed',
      });
    });
    throw badCredentials();
  }

  const token = randomBytes(32).toString('base64url');
  const deviceId = uuidv7(now.getTime());
  const at = now.toISOString();
  await deps.storage.transaction(async (tx) => {
    await clearAccountFailures(tx, username);
    if (input.previousToken) await tx.deleteSession(hashToken(input.previousToken));
    await tx.insertDevice({
      id: deviceId,
      userId: user.id,
      name: input.deviceName.trim() || 'Browser',
      createdAt: at,
      lastSeenAt: at,
      revokedAt: null,
    });
    await tx.insertSession({
      tokenHash: hashToken(token),
      userId: user.id,
      deviceId,
      createdAt: at,
      lastSeenAt: at,
      scopeEpoch: user.scopeEpoch,
    });
    await writeAudit(tx, now, { userId: user.id, deviceId, action: 'login' });
  });
  return { token, user: sessionUser(user), deviceId };
}

export async function logout(deps: ServerDeps, auth: AuthContext): Promise<void> {
  await deps.storage.transaction(async (tx) => {
    await tx.deleteSession(auth.tokenHash);
    await writeAudit(tx, deps.clock.now(), {
      userId: auth.user.id,
      deviceId: auth.deviceId,
      action: 'logout',
    });
  });
}

const sessionExpired = () =>
  new ApiError(
    401,
    'session_expired',
    'Your session has ended. Sign in again; nothing on this device is lost.',
  );

/**
 * Issues a new token for a session whose user's scope changed. The old row
 * stays for ROTATION_GRACE_MS only: its epoch is brought up to date (so it
 * does not rotate again) and its start moved back so that its absolute
 * lifetime ends then.
 */
async function rotateToken(
  tx: StorageTx,
  deps: ServerDeps,
  session: SessionRow,
  scopeEpoch: number,
  now: Date,
): Promise<Pick<AuthContext, 'tokenHash' | 'rotatedToken'>> {
  const token = randomBytes(32).toString('base64url');
  const tokenHash = hashToken(token);
  await tx.insertSession({
    ...session,
    tokenHash,
    lastSeenAt: now.toISOString(),
    scopeEpoch,
  });
  await tx.deleteSession(session.tokenHash);
  const graceStart = now.getTime() - deps.options.sessionMaxAgeMs + ROTATION_GRACE_MS;
  await tx.insertSession({
    ...session,
    createdAt: new Date(Math.min(graceStart, Date.parse(session.createdAt))).toISOString(),
    scopeEpoch,
  });
  return { tokenHash, rotatedToken: token };
}

/** Resolves the session cookie's token to the signed-in user, or throws a 401. */
export async function resolveSession(
  deps: ServerDeps,
  token: string | undefined,
): Promise<AuthContext> {
  if (!token) throw sessionExpired();
  const tokenHash = hashToken(token);
  const now = deps.clock.now();
  // Errors are returned, not thrown, inside the transaction so that dropping
  // an expired session still commits.
  const outcome = await deps.storage.transaction(async (tx): Promise<AuthContext | ApiError> => {
    const session = await tx.getSession(tokenHash);
    if (!session) return sessionExpired();
    const device = await tx.getDevice(session.deviceId);
    if (!device || device.revokedAt)
      return new ApiError(
        401,
        'device_revoked',
        'This device has been signed out by an administrator.',
      );
    const idleMs = now.getTime() - Date.parse(session.lastSeenAt);
    const ageMs = now.getTime() - Date.parse(session.createdAt);
    const user = await tx.getUser(session.userId);
    if (
      !user ||
      !user.active ||
      idleMs > deps.options.sessionIdleMs ||
      ageMs > deps.options.sessionMaxAgeMs
    ) {
      await tx.deleteSession(tokenHash);
      return sessionExpired();
    }
    if (idleMs > TOUCH_EVERY_MS) {
      await tx.touchSession(tokenHash, now.toISOString());
      await tx.updateDevice({ ...device, lastSeenAt: now.toISOString() });
    }
    const auth: AuthContext = { actor: actorOf(user), user, deviceId: device.id, tokenHash };
    if (session.scopeEpoch === user.scopeEpoch) return auth;
    return { ...auth, ...(await rotateToken(tx, deps, session, user.scopeEpoch, now)) };
  });
  if (outcome instanceof ApiError) throw outcome;
  return outcome;
}
