// sync.md test 11: random edits, pushes, pulls and failures across three devices converge to
// the server's state, and no mutation is lost. Seeded and bounded, so a failure replays exactly.
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import type { TableName } from '../../src/domain/tables';
import { logCall, patchCall } from '../../src/client/local-store/calls-repo';
import { DERIVED_FIELDS } from '../../src/client/local-store/derived';
import { addNote } from '../../src/client/local-store/notes-repo';
import { validCallInput } from '../local-store/factories';
import type { TestServer } from '../server/helpers';
import { serverRecords, serverWith, signedInDevice, type Device, type Fault } from './harness';

const SEEDS = [1, 2, 3];
const STEPS = 60;
const TABLES: TableName[] = ['calls', 'locations', 'people', 'callNotes', 'wards', 'users'];
const FAULTS: Fault[] = [
  'drop-after',
  'throw-before',
  { status: 503, retryAfterS: 1 },
  { status: 500 },
];

/** mulberry32: small, seeded, good enough to pick operations. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let server: TestServer;
afterEach(async () => {
  await server?.close();
});

/** A device row as the server sent it: no device-only bookkeeping or derived index fields. */
function wireOf(table: TableName, row: Record<string, unknown>): Record<string, unknown> {
  const out = { ...row };
  delete out._sync;
  for (const f of DERIVED_FIELDS[table] ?? []) delete out[f];
  return out;
}

async function runScenario(seed: number): Promise<void> {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  server = await serverWith(
    [
      { username: 'chair-1', roles: ['chair'] },
      { username: 'chair-2', roles: ['chair'] },
    ],
    new Date(),
  );
  // Three devices: two people, one of whom has two phones (same user, separate storage and clientId).
  const devices: Device[] = [
    await signedInDevice(server, 'chair-1', { factory: new IDBFactory() }),
    await signedInDevice(server, 'chair-2', { factory: new IDBFactory() }),
    await signedInDevice(server, 'chair-1', { factory: new IDBFactory() }),
  ];
  const made = new Set<string>();
  const remember = async (d: Device) => {
    for (const row of await d.db.outbox.toArray()) made.add(row.mutationId);
  };

  await logCall(devices[0]!.db, validCallInput({ summary: 'Seed call' }));
  for (const d of devices) await d.sync();

  for (let step = 0; step < STEPS; step++) {
    const d = pick(devices);
    const roll = random();
    const calls = await d.db.calls.toArray();
    if (roll < 0.1 || calls.length === 0) {
      await logCall(d.db, validCallInput({ summary: `Call made at step ${step}` }));
    } else if (roll < 0.45) {
      const call = pick(calls);
      const field = pick(['summary', 'riskLevel', 'policeClosingCode'] as const);
      const value =
        field === 'summary'
          ? `Summary ${seed}-${step}`
          : field === 'riskLevel'
            ? pick(['standard', 'medium', 'high'] as const)
            : pick(['351', '355', '361', '366']);
      await patchCall(d.db, call.id, { [field]: value });
    } else if (roll < 0.55) {
      await addNote(d.db, pick(calls).id, `Note at step ${step}`);
    } else {
      if (random() < 0.35)
        d.transport.inject(pick(['/api/sync/push', '/api/sync/pull']), pick(FAULTS));
      await remember(d);
      await d.sync();
    }
    await remember(d);
  }

  // Signal comes back everywhere: no more faults, a few rounds of sync on every device.
  for (const d of devices) d.transport.rules = [];
  for (let round = 0; round < 3; round++) for (const d of devices) await d.sync();

  const answered = await server.storage.transaction(async (tx) =>
    Promise.all([...made].map((id) => tx.getAppliedMutation(id))),
  );
  // Every mutation made on any device reached the server and was applied (or reported as a conflict).
  expect(answered.filter((a) => a === undefined)).toHaveLength(0);
  expect(answered.filter((a) => a?.status === 'rejected')).toEqual([]);
  for (const d of devices) {
    expect(await d.db.outbox.count()).toBe(0);
    for (const table of TABLES) {
      const onServer = await serverRecords(server, table);
      const local = await d.db.recordTable(table).toArray();
      expect(local.map((r) => r.id).sort()).toEqual([...onServer.keys()].sort());
      for (const row of local) {
        const stored = onServer.get(row.id);
        expect(wireOf(table, row)).toEqual({ ...stored?.data, fieldSeqs: stored?.fieldSeqs });
      }
    }
  }
}

describe('convergence (property test)', () => {
  for (const seed of SEEDS) {
    it(`seed ${seed}: ${STEPS} random steps on three devices converge with no mutation lost`, async () => {
      await runScenario(seed);
    }, 60_000);
  }
});
