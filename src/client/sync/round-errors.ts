/**
 * What a failed sync round means: retry later (and how soon), or stop and
 * wait for the person (sign in again, update the app). Messages are plain
 * English for the header and banner.
 */
import { storageProblem } from '../local-store/write';
import { ApiError } from './transport';
import type { SyncPhase } from './sync-status-store';

export interface RoundFailure {
  phase: SyncPhase;
  message: string;
  /** Retry with backoff (true) or wait for the person to act (false). */
  retry: boolean;
  retryAfterMs?: number;
  needsSignIn?: boolean;
  deviceRevoked?: boolean;
  needsUpdate?: boolean;
}

export const OFFLINE_MESSAGE =
  'No connection to the server. Your changes are saved on this device and will be sent when you are back online.';

/**
 * Writes a failure that is not a plain network or server answer to the
 * console, so a bug or a storage problem behind a retry can be found. Only
 * the error's name, message and stack: never records or request bodies.
 */
export function logSyncProblem(context: string, err: unknown): void {
  const detail = err instanceof Error ? (err.stack ?? `${err.name}: ${err.message}`) : typeof err;
  console.warn(`[sync] ${context}:`, detail);
}

export function describeRoundError(err: unknown): RoundFailure {
  if (!(err instanceof ApiError)) {
    const problem = storageProblem(err);
    if (problem === 'quota')
      return {
        phase: 'error',
        retry: true,
        message:
          'This device is out of storage space, so new records could not be saved. Free up space; your changes waiting to send are kept.',
      };
    return {
      phase: 'error',
      retry: true,
      message:
        'Sync stopped because of a problem on this device. It will try again; your changes are kept.',
    };
  }
  switch (err.code) {
    case 'network':
      return {
        phase: 'offline',
        retry: true,
        message: OFFLINE_MESSAGE,
      };
    case 'session_expired':
      return {
        phase: 'error',
        retry: false,
        needsSignIn: true,
        message: 'Sign in again to send your changes. They are safe on this device until you do.',
      };
    case 'device_revoked':
      return {
        phase: 'error',
        retry: false,
        deviceRevoked: true,
        message: 'An administrator has removed this device. Its data has been deleted.',
      };
    case 'upgrade_required':
      return {
        phase: 'error',
        retry: false,
        needsUpdate: true,
        message:
          'This version of the app is too old to sync. Update the app; your changes are kept and will be sent after.',
      };
    case 'client_user_mismatch':
      return {
        phase: 'error',
        retry: false,
        message: 'This device’s data belongs to a different account. Sign out and sign in again.',
      };
    case 'rate_limited':
    case 'server_unavailable':
      return {
        phase: 'error',
        retry: true,
        retryAfterMs: err.retryAfterMs,
        message:
          'The server is busy or unavailable. Your changes are saved and sync will try again shortly.',
      };
    default:
      return {
        phase: 'error',
        retry: true,
        retryAfterMs: err.retryAfterMs,
        message: 'The server could not take this sync. It will try again; your changes are kept.',
      };
  }
}
