/**
 * Sign-in, sessions and sign-out. Sessions live on the server: the cookie
 * holds a random 32-byte token and storage holds only its SHA-256, so a
 * copy of the database cannot be replayed as a cookie. A session unused
 * for `sessionIdleMs` has expired; a revoked device's sessions answer
 * `device_revoked` so the app can wipe that user's local data.
 */
import { createHash, randomBytes } from 'node:crypto';
import { uuidv7 } from '../../domain/ids';
import type { Actor } from '../../domain/roles';
import type { SessionUser } from '../../domain/sync-protocol';
import type { AuthContext, ServerDeps } from '../deps';
import { ApiError } from '../errors';
import type { UserRow } from '../storage/types';
import { writeAudit } from './audit';
import { verifyAgainstDummy, verifyPassword } from './passwords';

/** Only touch a session's last-seen time this often, to keep reads cheap. */
const TOUCH_EVERY_MS = 60 * 1000;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export const normaliseUsername = (username: string) => username.trim().toLowerCase();

export function toActor(user: UserRow): Actor {
  return {
    userId: user.id,
    name: user.name,
    agencyId: user.agencyId,
    roles: user.roles,
    wards: user.wards,
  };
}

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

function rateLimited(seconds: number) {
  return new ApiError(
    429,
    'rate_limited',
    `Too many failed sign-ins. Wait ${Math.ceil(seconds / 60)} minutes, then try again.`,
    { 'Retry-After': String(seconds) },
  );
}

export interface LoginInput {
  username: string;
  password: string;
  deviceName: string;
  address: string;
}

export async function login(deps: ServerDeps, input: LoginInput) {
  const accountKey = normaliseUsername(input.username);
  const addressKey = input.address;
  const wait = Math.max(
    deps.accountLimiter.retryAfterSeconds(accountKey),
    deps.addressLimiter.retryAfterSeconds(addressKey),
  );
  if (wait > 0) throw rateLimited(wait);

  const user = await deps.storage.transaction((tx) => tx.getUserByUsername(accountKey));
  let ok = false;
  if (user) ok = (await verifyPassword(input.password, user.passwordHash)) && user.active;
  else await verifyAgainstDummy(input.password, deps.options.scryptN);

  const now = deps.clock.now();
  if (!ok || !user) {
    deps.accountLimiter.fail(accountKey);
    deps.addressLimiter.fail(addressKey);
    await deps.storage.transaction((tx) =>
      writeAudit(tx, now, { userId: user?.id ?? null, deviceId: null, action: 'login.failed' }),
    );
    throw badCredentials();
  }
  deps.accountLimiter.clear(accountKey);

  const token = randomBytes(32).toString('base64url');
  const deviceId = uuidv7(now.getTime());
  const at = now.toISOString();
  await deps.storage.transaction(async (tx) => {
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
    const user = await tx.getUser(session.userId);
    if (!user || !user.active || idleMs > deps.options.sessionIdleMs) {
      await tx.deleteSession(tokenHash);
      return sessionExpired();
    }
    if (idleMs > TOUCH_EVERY_MS) {
      await tx.touchSession(tokenHash, now.toISOString());
      await tx.updateDevice({ ...device, lastSeenAt: now.toISOString() });
    }
    return { actor: toActor(user), user, deviceId: device.id, tokenHash };
  });
  if (outcome instanceof ApiError) throw outcome;
  return outcome;
}
