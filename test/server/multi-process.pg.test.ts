/**
 * Two server processes on one PostgreSQL database, with 100 simulated
 * devices signing in, pushing and pulling through both at once (a device's
 * requests go to either process, so sessions, idempotency and seq order
 * must hold across processes). Then the same with one process killed
 * (SIGKILL) in the middle of the load. The time limits are generous because
 * the whole load runs on the test machine's cores beside the database.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readConfig } from '../bench/config';
import { Backends } from '../bench/server-client';
import {
  catchUp,
  deviceNames,
  newTally,
  openDevice,
  runRounds,
  serverCallIds,
  type Session,
  type Tally,
} from '../bench/simulated-device';
import { signalGroup } from './main-process';
import { startSharedDatabase, type SharedDatabase } from './shared-database';

const DEVICES = 100;
// One round each (push 10 calls, pull a page) keeps CI time bounded; the 200-device run is in the bench.
const ROUNDS = { ...readConfig({}), deviceBatches: 1, deviceBatchSize: 10 };
const names = deviceNames(DEVICES);

let shared: SharedDatabase | undefined;
afterEach(async () => {
  await shared?.stop();
  shared = undefined;
});

async function openAll(backends: Backends, tally: Tally): Promise<Session[]> {
  const devices = await Promise.all(names.map((n) => openDevice(backends, n, tally)));
  return devices.filter((d): d is Session => d !== undefined);
}

/** Every acknowledged call is on the server exactly once, nothing else is, and every device holds what the server holds. */
async function expectConverged(backends: Backends, devices: Session[], tally: Tally) {
  const onServer = await serverCallIds(backends);
  expect(tally.notApplied).toBe(0);
  expect(tally.unanswered).toEqual([]);
  expect(new Set(tally.sentIds).size).toBe(tally.sentIds.length);
  expect([...onServer.keys()].sort()).toEqual([...tally.sentIds].sort());
  expect([...onServer.values()].every((n) => n === 1)).toBe(true);
  const reader = await openDevice(backends, 'reader', newTally());
  expect(reader?.calls.size).toBe(onServer.size);
  const caughtUp = await Promise.all(devices.map((d) => catchUp(d, tally)));
  expect(caughtUp.every(Boolean)).toBe(true);
  for (const d of devices) expect(d.calls).toEqual(reader?.calls);
}

describe('several server processes on one PostgreSQL database', () => {
  it(
    `serves ${DEVICES} devices through two processes at once: every acknowledged call once, every device converges`,
    { timeout: 240_000 },
    async () => {
      shared = await startSharedDatabase([...names, 'reader'], 2);
      const backends = new Backends(shared.servers.map((s) => s.origin));
      const tally = newTally();
      const devices = await openAll(backends, tally);
      expect(devices).toHaveLength(DEVICES);
      await Promise.all(devices.map((d, i) => runRounds(d, ROUNDS, 100 + i, tally)));
      expect(tally.errors).toEqual([]);
      expect(tally.sentIds).toHaveLength(DEVICES * ROUNDS.deviceBatches * ROUNDS.deviceBatchSize);
      await expectConverged(backends, devices, tally);
    },
  );

  it(
    'loses nothing acknowledged when one of two processes is killed during the load, and the other keeps serving',
    { timeout: 240_000 },
    async () => {
      shared = await startSharedDatabase([...names, 'reader'], 2);
      const [victim, survivor] = shared.servers;
      const backends = new Backends(shared.servers.map((s) => s.origin));
      const tally = newTally();
      const devices = await openAll(backends, tally);
      expect(devices).toHaveLength(DEVICES);
      const total = DEVICES * ROUNDS.deviceBatches * ROUNDS.deviceBatchSize;

      const load = Promise.all(devices.map((d, i) => runRounds(d, ROUNDS, 100 + i, tally)));
      while (tally.sentIds.length === 0) await new Promise((r) => setTimeout(r, 10));
      const acknowledgedBeforeKill = tally.sentIds.length;
      signalGroup(victim!.child, 'SIGKILL');
      await victim!.exited();
      await load;
      expect(acknowledgedBeforeKill).toBeLessThan(total);
      expect(tally.sentIds).toHaveLength(total);

      // After the kill every request goes to the survivor, and every one succeeds.
      const after = newTally();
      const alone = new Backends([survivor!.origin]);
      await Promise.all(devices.map((d, i) => runRounds(d, ROUNDS, 500 + i, after)));
      expect(after.errors).toEqual([]);
      await expectConverged(alone, devices, {
        ...tally,
        sentIds: [...tally.sentIds, ...after.sentIds],
        notApplied: tally.notApplied + after.notApplied,
        unanswered: [...tally.unanswered, ...after.unanswered],
      });
    },
  );
});
