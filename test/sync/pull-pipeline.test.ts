// The pipelined pull: the next page is requested while the current one is written, yet pages are
// applied strictly in order with their cursors, and a failure mid-sync leaves the device at the last
// stored page, nothing later applied, ready to resume there.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { getMeta } from '../../src/client/local-store/db';
import { pageStores, pullAll } from '../../src/client/sync/pull';
import type { Transport } from '../../src/client/sync/transport';
import type { Change, PullResponse } from '../../src/domain/sync-protocol';
import { newTestDb } from '../local-store/factories';

const ID = '01900000-0000-7000-8000-000000000001';

function location(id: string, address: string): Change {
  return {
    seq: 1,
    table: 'locations',
    op: 'upsert',
    id,
    record: { id, address, normAddress: address.toLowerCase(), wardCode: 'E05005019' },
  } as Change;
}

/** Five pages; the same location is rewritten on every page, so only in-order application ends on page 5's copy. */
function pages(): PullResponse[] {
  return [1, 2, 3, 4, 5].map((n) => ({
    changes: [
      location(ID, `${n} Page Road`),
      location(`01900000-0000-7000-8000-00000000010${n}`, `Only on page ${n}`),
    ],
    cursor: `c${n}`,
    hasMore: n < 5,
  }));
}

/** Serves `pages` by cursor; `fail(n)` makes the request for page n fail. Slower answers for earlier pages. */
function scripted(all: PullResponse[], fail?: (page: number) => boolean) {
  const asked: (string | null)[] = [];
  const aborted: number[] = [];
  const transport: Transport = async (path, init) => {
    const cursor = new URL(path, 'http://x').searchParams.get('cursor');
    asked.push(cursor);
    const n = cursor ? Number(cursor.slice(1)) + 1 : 1;
    await new Promise((r) => setTimeout(r, (6 - n) * 5));
    if (init.signal?.aborted) {
      aborted.push(n);
      throw new Error('aborted');
    }
    if (fail?.(n)) return new Response('{"code":"internal","message":"boom"}', { status: 503 });
    return Response.json(all[n - 1]);
  };
  return { transport, asked, aborted };
}

describe('pipelined pull', () => {
  it('applies every page in order, each with its cursor', async () => {
    const db = newTestDb();
    const seen: number[] = [];
    const { transport, asked } = scripted(pages());
    const outcome = await pullAll(db, transport, { onPage: (received) => seen.push(received) });
    expect(outcome).toEqual({ reset: false, received: 10 });
    expect(asked).toEqual([null, 'c1', 'c2', 'c3', 'c4']);
    expect(seen).toEqual([2, 4, 6, 8, 10]);
    expect((await db.locations.get(ID))?.address).toBe('5 Page Road');
    expect(await db.locations.count()).toBe(6);
    expect(await getMeta(db, 'cursor')).toBe('c5');
  });

  it('stops cleanly when a request fails mid-sync, and resumes from the last stored page', async () => {
    const db = newTestDb();
    const failing = scripted(pages(), (n) => n === 4);
    await expect(pullAll(db, failing.transport)).rejects.toMatchObject({ status: 503 });
    expect(await getMeta(db, 'cursor')).toBe('c3');
    expect((await db.locations.get(ID))?.address).toBe('3 Page Road');
    expect(await db.locations.count()).toBe(4);

    const again = scripted(pages());
    await pullAll(db, again.transport);
    expect(again.asked[0]).toBe('c3');
    expect((await db.locations.get(ID))?.address).toBe('5 Page Road');
    expect(await db.locations.count()).toBe(6);
  });

  it('stops when a page cannot be stored: the request in flight is dropped, nothing later applied', async () => {
    const db = newTestDb();
    const all = pages();
    // Page 2 carries a record without an id: storing it fails.
    (all[1] as PullResponse).changes.push({
      seq: 1,
      table: 'locations',
      op: 'upsert',
      id: 'x',
      record: { address: 'No id' },
    });
    const { transport, asked, aborted } = scripted(all);
    await expect(pullAll(db, transport)).rejects.toThrow(/no id/);
    await new Promise((r) => setTimeout(r, 50));
    expect(asked).toEqual([null, 'c1', 'c2']);
    expect(aborted).toEqual([3]);
    expect(await getMeta(db, 'cursor')).toBe('c1');
    expect((await db.locations.get(ID))?.address).toBe('1 Page Road');
    expect(await db.locations.count()).toBe(2);
  });

  it('writes a page over only the stores it touches', () => {
    expect(pageStores(pages()[0]?.changes ?? []).sort()).toEqual(['locations', 'meta']);
    const purge: Change = { seq: 1, table: 'calls', op: 'delete', id: ID, purge: true };
    const unknown: Change = {
      seq: 2,
      table: 'notATable',
      op: 'upsert',
      id: ID,
      record: { id: ID },
    };
    expect(pageStores([purge, unknown]).sort()).toEqual(['calls', 'meta', 'outbox']);
  });
});
