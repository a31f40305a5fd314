/** What every route and service is given: storage, clock and settings (no globals). */
import type { Actor } from '../domain/roles';
import type { Clock } from './clock';
import { ACCOUNT_LIMIT, ADDRESS_LIMIT, FailureLimiter } from './services/rate-limit';
import { DEFAULT_SCRYPT_N } from './services/passwords';
import type { Storage, UserRow } from './storage/types';

export interface ServerOptions {
  /** Reported by /api/health. */
  version: string;
  /** scrypt cost; tests lower it to keep sign-in fast. */
  scryptN: number;
  /** A session unused for this long has expired. */
  sessionIdleMs: number;
  /** Take the client address from X-Forwarded-For (only behind a trusted proxy). */
  trustProxy: boolean;
}

export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;

export interface ServerDeps {
  storage: Storage;
  clock: Clock;
  options: ServerOptions;
  accountLimiter: FailureLimiter;
  addressLimiter: FailureLimiter;
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
      trustProxy: options.trustProxy ?? false,
    },
    accountLimiter: new FailureLimiter(clock, ACCOUNT_LIMIT),
    addressLimiter: new FailureLimiter(clock, ADDRESS_LIMIT),
  };
}

/** Who is calling, resolved from the session cookie. */
export interface AuthContext {
  actor: Actor;
  user: UserRow;
  deviceId: string;
  tokenHash: string;
}

export type AppEnv = {
  Variables: { auth: AuthContext };
};
