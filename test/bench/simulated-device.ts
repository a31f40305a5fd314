/**
 * One simulated device for the many-devices figure: a user's session
 * cookie, a pull cursor and a clientId, speaking the sync wire protocol
 * through the client's own `login` and `apiJson`, with the app's request
 * timeouts. A push that gets no answer is sent again with the same
 * mutations, as the app does. A Tally collects latencies and failures.
 */
import { PULL_TIMEOUT_MS } from '../../src/client/sync/pull';
import { PUSH_TIMEOUT_MS } from '../../src/client/sync/push';
import { apiJson } from '../../src/client/sync/transport';
import {
  PULL_DEFAULT_LIMIT,
  PULL_MAX_LIMIT,
  SCHEMA_VERSION,
  type PullResponse,
  type PushResponse,
} from '../../src/domain/sync-protocol';
import type { BenchConfig } from './config';
import { callCreateBatches } from './records';
import { signIn, type Backends, type DeviceTransport } from './server-client';
import { now } from './stats';

export const PUSH_ATTEMPTS = 3;

/** Simulated devices' usernames (each its own user): device-001, device-002, … */
export const deviceNames = (n: number) =>
  Array.from({ length: n }, (_v, i) => `device-${String(i + 1).padStart(3, '0')}`);
const RETRY_AFTER_MS = 1_000;

export interface Tally {
  push: number[];
  pull: number[];
  signIn: number[];
  catchUp: number[];
  errors: string[];
  /** Calls whose push was answered (applied, or a replay reported as duplicate). */
  sentIds: string[];
  /** Calls whose push never got an answer, after every attempt. */
  unanswered: string[];
  notApplied: number;
  duplicates: number;
  retries: number;
}

export const newTally = (): Tally => ({
  push: [],
  pull: [],
  signIn: [],
  catchUp: [],
  errors: [],
  sentIds: [],
  unanswered: [],
  notApplied: 0,
  duplicates: 0,
  retries: 0,
});

async function timedCall<T>(
  into: number[],
  tally: Tally,
  what: string,
  fn: () => Promise<T>,
): Promise<T | undefined> {
  const t = now();
  try {
    const result = await fn();
    into.push(now() - t);
    return result;
  } catch (err) {
    tally.errors.push(`${what}: ${err instanceof Error ? err.message : String(err)}`);
    return undefined;
  }
}

export interface Session {
  username: string;
  transport: DeviceTransport;
  send: DeviceTransport['send'];
  cursor: string | undefined;
  /** The calls this device holds after its pulls: id -> seq of the change it last applied. */
  calls: Map<string, number>;
}

/** Signs in and catches up to the server's head, as a device already in use would be. */
export async function openDevice(
  origin: string | Backends,
  username: string,
  tally: Tally,
): Promise<Session | undefined> {
  const session = await timedCall(tally.signIn, tally, 'sign-in', () => signIn(origin, username));
  if (!session) return undefined;
  const device: Session = {
    username,
    transport: session.transport,
    send: session.transport.send,
    cursor: undefined,
    calls: new Map(),
  };
  return (await catchUp(device, tally)) ? device : undefined;
}

/** Pulls pages until the server has nothing more; false if a pull failed. */
export async function catchUp(device: Session, tally: Tally): Promise<boolean> {
  for (let pages = 0; pages < 10_000; pages++) {
    const page = await pullPage(device, tally, tally.catchUp);
    if (!page) return false;
    if (!page.hasMore) return true;
  }
  return false;
}

async function pullPage(device: Session, tally: Tally, into: number[]) {
  const q = new URLSearchParams({
    limit: String(PULL_DEFAULT_LIMIT),
    ...(device.cursor ? { cursor: device.cursor } : {}),
  });
  const page = await timedCall(into, tally, 'pull', () =>
    apiJson<PullResponse>(device.send, `/api/sync/pull?${q.toString()}`, {
      signal: AbortSignal.timeout(PULL_TIMEOUT_MS),
    }),
  );
  if (!page) return page;
  device.cursor = page.cursor;
  for (const c of page.changes) {
    if (c.table !== 'calls') continue;
    if (c.op === 'upsert') device.calls.set(c.id, c.seq);
    else device.calls.delete(c.id);
  }
  return page;
}

/** The timed part: each round pushes a batch of new calls, then pulls one page. */
export async function runRounds(device: Session, config: BenchConfig, seed: number, tally: Tally) {
  const clientId = `bench-${device.username}`;
  const batches = callCreateBatches(
    config.deviceBatches * config.deviceBatchSize,
    config.deviceBatchSize,
    seed,
  );
  for (const batch of batches) {
    // As the app does after no answer: send the same mutations again (a replay is harmless).
    let pushed: PushResponse | undefined;
    for (let attempt = 1; attempt <= PUSH_ATTEMPTS && !pushed; attempt++) {
      if (attempt > 1) await new Promise((r) => setTimeout(r, RETRY_AFTER_MS));
      pushed = await timedCall(tally.push, tally, 'push', () =>
        apiJson<PushResponse>(device.send, '/api/sync/push', {
          method: 'POST',
          body: { clientId, schemaVersion: SCHEMA_VERSION, mutations: batch },
          signal: AbortSignal.timeout(PUSH_TIMEOUT_MS),
        }),
      );
      if (!pushed && attempt < PUSH_ATTEMPTS) tally.retries += 1;
    }
    const ids = batch.map((m) => m.recordId);
    if (pushed) {
      tally.sentIds.push(...ids);
      tally.duplicates += pushed.results.filter((r) => r.status === 'duplicate').length;
      tally.notApplied += pushed.results.filter(
        (r) => r.status !== 'applied' && r.status !== 'duplicate',
      ).length;
    } else tally.unanswered.push(...ids);
    await pullPage(device, tally, tally.pull);
  }
}

/** Every call on the server as a reader sees it: id -> how many times it arrived. */
export async function serverCallIds(origin: string | Backends): Promise<Map<string, number>> {
  const { transport } = await signIn(origin, 'reader');
  const seen = new Map<string, number>();
  let cursor: string | undefined;
  for (let pages = 0; pages < 10_000; pages++) {
    const q = new URLSearchParams({ limit: String(PULL_MAX_LIMIT), ...(cursor ? { cursor } : {}) });
    const page = await apiJson<PullResponse>(transport.send, `/api/sync/pull?${q.toString()}`);
    for (const c of page.changes)
      if (c.table === 'calls' && c.op === 'upsert') seen.set(c.id, (seen.get(c.id) ?? 0) + 1);
    cursor = page.cursor;
    if (!page.hasMore) return seen;
  }
  throw new Error('the verification pull did not finish');
}
