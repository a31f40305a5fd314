/**
 * Slowing guessed passwords, with counters stored in the database (so a
 * restart does not reset them). Two rules:
 *  - per account, a growing delay: after a few free failures each further
 *    failure doubles the wait before the next attempt, capped at a minute.
 *    A stranger typing wrong passwords can make the chair wait, never lock
 *    the account out (issue 7 item 7).
 *  - per address, a limit: too many failures from one address in a window
 *    refuse that address, and only that address, until the window ends.
 * A correct password clears the account's counter (not the address's: one
 * good account must not reset a guesser's budget).
 */
import type { StorageTx, LoginCounter } from '../storage/types';

export const ACCOUNT_SLOWING = {
  freeFailures: 3,
  firstDelayMs: 1000,
  maxDelayMs: 60 * 1000,
  /** A counter with no failure for this long starts again from zero. */
  forgetAfterMs: 15 * 60 * 1000,
} as const;

export const ADDRESS_LIMIT = { maxFailures: 20, windowMs: 15 * 60 * 1000 } as const;

/** Counters untouched for this long are deleted, so a flood of names cannot grow the table. */
const PRUNE_AFTER_MS = 60 * 60 * 1000;

export const accountKey = (username: string) => `account:${username}`;
export const addressKey = (address: string) => `address:${address}`;

const ms = (iso: string) => Date.parse(iso);

function accountDelayMs(failures: number): number {
  const over = failures - ACCOUNT_SLOWING.freeFailures;
  if (over < 0) return 0;
  return Math.min(ACCOUNT_SLOWING.firstDelayMs * 2 ** over, ACCOUNT_SLOWING.maxDelayMs);
}

export function accountWaitMs(counter: LoginCounter | undefined, now: Date): number {
  if (!counter) return 0;
  const last = ms(counter.lastFailureAt);
  if (now.getTime() - last > ACCOUNT_SLOWING.forgetAfterMs) return 0;
  return Math.max(0, last + accountDelayMs(counter.failures) - now.getTime());
}

export function addressWaitMs(counter: LoginCounter | undefined, now: Date): number {
  if (!counter || counter.failures < ADDRESS_LIMIT.maxFailures) return 0;
  return Math.max(0, ms(counter.windowStart) + ADDRESS_LIMIT.windowMs - now.getTime());
}

/** Milliseconds before this account may try from this address again (0: now). */
export async function signInWaitMs(
  tx: StorageTx,
  username: string,
  address: string,
  now: Date,
): Promise<number> {
  return Math.max(
    accountWaitMs(await tx.getLoginCounter(accountKey(username)), now),
    addressWaitMs(await tx.getLoginCounter(addressKey(address)), now),
  );
}

function counted(
  counter: LoginCounter | undefined,
  key: string,
  now: Date,
  expired: (c: LoginCounter) => boolean,
): LoginCounter {
  const at = now.toISOString();
  if (!counter || expired(counter)) return { key, failures: 1, windowStart: at, lastFailureAt: at };
  return { ...counter, failures: counter.failures + 1, lastFailureAt: at };
}

export async function recordSignInFailure(
  tx: StorageTx,
  username: string,
  address: string,
  now: Date,
): Promise<void> {
  const t = now.getTime();
  const rules: [string, (c: LoginCounter) => boolean][] = [
    [accountKey(username), (c) => t - ms(c.lastFailureAt) > ACCOUNT_SLOWING.forgetAfterMs],
    [addressKey(address), (c) => t - ms(c.windowStart) > ADDRESS_LIMIT.windowMs],
  ];
  for (const [key, expired] of rules)
    await tx.putLoginCounter(counted(await tx.getLoginCounter(key), key, now, expired));
  await tx.pruneLoginCounters(new Date(t - PRUNE_AFTER_MS).toISOString());
}

export async function clearAccountFailures(tx: StorageTx, username: string): Promise<void> {
  await tx.deleteLoginCounter(accountKey(username));
}
