// sync.md test 4: a tab killed mid first sync resumes from its saved cursor; the end state equals the server's.
import { afterEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/domain/ids';
import { PULL_MAX_LIMIT, type PullResponse } from '../../src/domain/sync-protocol';
import { getMeta } from '../../src/client/local-store/db';
import { writeNewRecord } from '../../src/server/services/records';
import type { TestServer } from '../server/helpers';
import { SERVER_NOW, serverRecords, serverWith, signedInDevice } from './harness';

const RECORDS = 20_000;
const WARDS = ['E05005008', 'E05005019', 'E05005026'];

let server: TestServer;
afterEach(async () => {
  await server?.close();
});

/** Seeds the server's storage directly: the pull path is what is under test, not 20k pushes. */
async function seedLocations(count: number): Promise<void> {
  const now = new Date(SERVER_NOW);
  await server.storage.transaction(async (tx) => {
    for (let i = 0; i < count; i++) {
      const data = { address: `${i + 1} Test Road, Sevenoaks`, wardCode: WARDS[i % WARDS.length] };
      await writeNewRecord(tx, {
        table: 'locations',
        id: uuidv7(now.getTime() + i),
        data,
        by: null,
        now,
      });
    }
  });
}

function pullCursors(log: { path: string }[]): (string | null)[] {
  return log
    .filter((l) => l.path.startsWith('/api/sync/pull'))
    .map((l) => new URL(l.path, 'http://x').searchParams.get('cursor'));
}

describe('first sync', () => {
  it(`resumes from the saved cursor after being killed mid-way through ${RECORDS.toLocaleString('en-GB')} records`, async () => {
    server = await serverWith([{ username: 'pcso', roles: ['field'] }]);
    await seedLocations(RECORDS);
    const phone = await signedInDevice(server, 'pcso', { engine: { pullLimit: PULL_MAX_LIMIT } });

    // Three pages arrive and are stored; the fourth request never returns (the tab dies).
    phone.transport.inject('/api/sync/pull', 'throw-before', 1, 3);
    const progress: number[] = [];
    const update = phone.status.update;
    phone.status.update = (patch) => {
      if (patch.firstSyncProgress) progress.push(patch.firstSyncProgress.received);
      update(patch);
    };
    expect(await phone.sync()).toMatchObject({ kind: 'retry' });
    // The progress bar moved page by page.
    expect(progress).toEqual([0, PULL_MAX_LIMIT, 2 * PULL_MAX_LIMIT, 3 * PULL_MAX_LIMIT]);
    const savedCursor = await getMeta<string>(phone.db, 'cursor');
    expect(savedCursor).toMatch(/^[A-Za-z0-9_-]+$/);
    const storedAfterKill = await phone.db.locations.count();
    expect(storedAfterKill).toBeGreaterThan(0);
    expect(storedAfterKill).toBeLessThan(RECORDS);

    // A new tab on the same storage: it asks for the pages after the saved cursor, never from the start.
    phone.restart();
    const before = phone.transport.log.length;
    expect(await phone.sync()).toEqual({ kind: 'ok' });
    expect(pullCursors(phone.transport.log.slice(before))[0]).toBe(savedCursor);

    const onServer = await serverRecords(server, 'locations');
    const local = await phone.db.locations.toArray();
    expect(local).toHaveLength(onServer.size);
    for (const row of local) {
      const stored = onServer.get(row.id);
      expect(row.address).toBe(stored?.data.address);
      expect(row.fieldSeqs).toEqual(stored?.fieldSeqs);
    }
    expect(phone.status.state.firstSyncProgress).toBeNull();
  }, 120_000);

  it('a page that fails half-way stores nothing of it, and the cursor does not move', async () => {
    server = await serverWith([{ username: 'pcso', roles: ['field'] }]);
    await seedLocations(30);
    const phone = await signedInDevice(server, 'pcso', { engine: { pullLimit: 10 } });
    let pulls = 0;
    phone.transport.mapResponse = async (path, res) => {
      if (!path.startsWith('/api/sync/pull') || ++pulls !== 2) return res;
      // The second page is cut off in the middle of applying: its 6th change cannot be stored.
      const page = (await res.json()) as PullResponse;
      const broken = page.changes.map((c, i) =>
        i === 5 ? { ...c, record: { ...c.record, id: undefined } } : c,
      );
      return Response.json({ ...page, changes: broken });
    };
    expect(await phone.sync()).toMatchObject({ kind: 'retry' });
    const firstPageCursor = await getMeta<string>(phone.db, 'cursor');
    const afterFailure = await phone.db.locations.count();

    phone.transport.mapResponse = undefined;
    const before = phone.transport.log.length;
    expect(await phone.sync()).toEqual({ kind: 'ok' });
    const cursors = pullCursors(phone.transport.log.slice(before));
    // The retry starts again from the first page's cursor: the failed page left no trace.
    expect(cursors[0]).toBe(firstPageCursor);
    expect(await phone.db.locations.count()).toBe(30);
    expect(afterFailure).toBeLessThan(30);
  });
});
