/**
 * Retry timing for failed sync rounds: full-jitter exponential backoff
 * (AWS "Exponential Backoff and Jitter"), so a fleet of phones coming back
 * online after an outage does not hit the server in step. A server's
 * Retry-After is a floor, never shortened.
 */
export const SYNC_RETRY_BASE_MS = 1_000;
export const SYNC_RETRY_CAP_MS = 5 * 60 * 1_000;

export function backoffDelayMs(
  attempt: number,
  random: () => number = Math.random,
  retryAfterMs?: number,
  baseMs: number = SYNC_RETRY_BASE_MS,
  capMs: number = SYNC_RETRY_CAP_MS,
): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt));
  const jittered = Math.floor(random() * ceiling);
  return retryAfterMs === undefined ? jittered : Math.max(jittered, Math.ceil(retryAfterMs));
}
