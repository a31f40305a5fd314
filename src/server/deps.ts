/** What every route and service is given: storage, clock and settings (no globals). */
import type { Actor } from '../domain/roles';
import type { Clock } from './clock';
import { DEFAULT_SCRYPT_N } from './services/passwords';
import type { Storage, UserRow } from './storage/types';

export interface ServerOptions {
  /** Reported by /api/health. */
  version: string;
  /** scrypt cost; tests lower it to keep sign-in fast. */
  scryptN: number;
  /** A session unused for this long has expired. */
  sessionIdleMs: number;
  /** However much it is used, a session older than this has expired. */
  sessionMaxAgeMs: number;
  /**
   * How many trusted proxies stand in front of the server (0: none). The
   * client address is the X-Forwarded-For entry the outermost trusted proxy
   * appended: the right-most for one proxy, never one the client wrote.
   */
  trustProxyHops: number;
  /**
   * The origin the app is served from (`https://csu.example`), checked
   * against the Origin of every state-changing request; unset, the
   * request's own host is used.
   */
  publicOrigin: string | null;
}

export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
export const SESSION_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

export interface ServerDeps {
  storage: Storage;
  clock: Clock;
  options: ServerOptions;
}

export function makeDeps(
  storage: Storage,
  clock: Clock,
  options: Partial<ServerOptions> = {},
): ServerDeps {
  return {
    storage,
    clock,
    options: {
      version: options.version ?? '0.0.0',
      scryptN: options.scryptN ?? DEFAULT_SCRYPT_N,
      sessionIdleMs: options.sessionIdleMs ?? SESSION_IDLE_MS,
      sessionMaxAgeMs: options.sessionMaxAgeMs ?? SESSION_MAX_AGE_MS,
      trustProxyHops: options.trustProxyHops ?? 0,
      publicOrigin: options.publicOrigin ?? null,
    },
  };
}

/** Who is calling, resolved from the session cookie. */
export interface AuthContext {
  actor: Actor;
  user: UserRow;
  deviceId: string;
  tokenHash: string;
  /** Set when this request rotated the session token: the cookie is replaced. */
  rotatedToken?: string;
}

export type AppEnv = {
  Variables: { auth: AuthContext };
};
