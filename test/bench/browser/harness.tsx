/**
 * The device bench in Chromium: the app's real repositories, sync engine and
 * calls screens beside bare Dexie baselines, in the same page and run. The
 * Node side (../chromium-device.ts) drives it through `window.csuBench`;
 * this page is its own Vite entry (vite.config.ts here), never in the app.
 * Each timing is taken inside the page with performance.now(), so the
 * Node-to-page round trip is not in any figure.
 */
import { Dexie } from 'dexie';
import { createRoot } from 'react-dom/client';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { callsRoutes } from '../../../src/client/features/calls/routes';
import { logCall } from '../../../src/client/local-store/calls-repo';
import { blindIndexOf, openUserDb, type CsuDb } from '../../../src/client/local-store/db';
import { DbProvider } from '../../../src/client/local-store/db-context';
import { withDerived } from '../../../src/client/local-store/derived';
import { listCalls } from '../../../src/client/local-store/queries';
import type { LocalAction, LocalCall } from '../../../src/client/local-store/types';
import { login } from '../../../src/client/sync/auth-client';
import { SyncEngine } from '../../../src/client/sync/sync-engine';
import { apiJson, fetchTransport } from '../../../src/client/sync/transport';
import { uuidv7 } from '../../../src/domain/ids';
import {
  PULL_MAX_LIMIT,
  type PullResponse,
  type SessionUser,
} from '../../../src/domain/sync-protocol';
import type { TableName } from '../../../src/domain/tables';
import { logCallInput, seeded, storedAction, storedCall } from '../records';
import { saveVsPutTimes } from './save-vs-put';

type Row = Record<string, unknown> & { id: string };

let user: SessionUser | null = null;
let wire = new Map<TableName, Row[]>();
let listDb: CsuDb | null = null;

const now = () => performance.now();
const need = <T,>(v: T | null, what: string): T => {
  if (v === null) throw new Error(`${what} first`);
  return v;
};

async function signIn(username: string, password: string): Promise<void> {
  const answer = await login(fetchTransport, { username, password, deviceName: 'Bench browser' });
  user = answer.user;
}

/** Every record in the user's scope, page by page, kept in memory for the bulkPut baseline. */
async function fetchWire(): Promise<{ count: number; ms: number }> {
  wire = new Map();
  let cursor: string | undefined;
  let count = 0;
  const start = now();
  for (;;) {
    const q = new URLSearchParams({ limit: String(PULL_MAX_LIMIT), ...(cursor ? { cursor } : {}) });
    const page = await apiJson<PullResponse>(fetchTransport, `/api/sync/pull?${q.toString()}`);
    for (const c of page.changes)
      if (c.op === 'upsert' && c.record) {
        const rows = wire.get(c.table as TableName) ?? [];
        rows.push({ ...c.record, id: c.id });
        wire.set(c.table as TableName, rows);
        count++;
      }
    cursor = page.cursor;
    if (!page.hasMore) return { count, ms: now() - start };
  }
}

/** Baseline: one bulkPut per table of the same records (derived fields added beforehand), one transaction. */
async function bulkPut(): Promise<{ count: number; ms: number }> {
  const db = openUserDb(uuidv7());
  await db.open();
  const index = blindIndexOf(db);
  const rows = [...wire].map(
    ([t, rs]) =>
      [t, rs.map((r) => withDerived(t, { ...r, _sync: { state: 'sent' } }, index))] as const,
  );
  const count = rows.reduce((n, [, rs]) => n + rs.length, 0);
  const start = now();
  await db.transaction('rw', [...wire.keys()], async () => {
    for (const [table, rs] of rows) await db.recordTable(table).bulkPut(rs);
  });
  const ms = now() - start;
  await db.delete();
  return { count, ms };
}

/** Mounts the app's calls routes at `path` over `db`; returns the container and an unmount. */
function mountCalls(db: CsuDb, path: string) {
  const container = document.createElement('div');
  document.getElementById('bench-root')?.appendChild(container);
  const router = createMemoryRouter([{ path: '/', children: callsRoutes }], {
    initialEntries: [path],
  });
  const root = createRoot(container);
  root.render(
    <DbProvider db={db}>
      <RouterProvider router={router} />
    </DbProvider>,
  );
  return {
    container,
    unmount: () => {
      root.unmount();
      router.dispose();
      container.remove();
    },
  };
}

interface Responsiveness {
  longTasks: number;
  longestTaskMs: number;
  longTaskMs: number;
  /** How late a 100 ms timer fired at worst: what a tap would wait for. */
  timerLateMs: number;
}

function watchResponsiveness(): () => Responsiveness {
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push(e.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  let late = 0;
  let due = now() + 100;
  const timer = setInterval(() => {
    late = Math.max(late, now() - due);
    due = now() + 100;
  }, 100);
  return () => {
    observer.disconnect();
    clearInterval(timer);
    return {
      longTasks: tasks.length,
      longestTaskMs: tasks.length ? Math.max(...tasks) : 0,
      longTaskMs: tasks.reduce((a, b) => a + b, 0),
      timerLateMs: late,
    };
  };
}

/** Our first sync (one SyncEngine round) into an empty database, optionally with /calls on screen. */
async function firstSync(
  withScreen: boolean,
): Promise<{ stored: number; ms: number } & Responsiveness> {
  const u = need(user, 'signIn');
  const db = openUserDb(u.id);
  await db.delete();
  await db.open();
  const screen = withScreen ? mountCalls(db, '/calls') : null;
  // Let the screen draw its empty state before the sync starts, as the landing screen would.
  await new Promise((r) => setTimeout(r, 200));
  const engine = new SyncEngine({
    db,
    transport: fetchTransport,
    getUser: () => u,
    status: { update: () => {} },
  });
  const stop = watchResponsiveness();
  const start = now();
  const outcome = await engine.runRound();
  const ms = now() - start;
  const seen = stop();
  screen?.unmount();
  if (outcome.kind !== 'ok') throw new Error(`the sync round ended with ${outcome.kind}`);
  let stored = 0;
  for (const t of wire.keys()) stored += await db.recordTable(t).count();
  await db.delete();
  return { stored, ms, ...seen };
}

const ACTION_SHARE = 0.2;

/** A device store of `count` calls (one in five with an action), written in bulk. */
async function seedList(count: number): Promise<{ calls: number; ms: number }> {
  if (listDb) await listDb.delete();
  const db = openUserDb(uuidv7());
  listDb = db;
  await db.open();
  const index = blindIndexOf(db);
  const rnd = seeded(3);
  const start = now();
  for (let done = 0; done < count; done += 5_000) {
    const calls: LocalCall[] = [];
    const acts: LocalAction[] = [];
    for (let i = done; i < Math.min(count, done + 5_000); i++) {
      const call = storedCall(i, rnd, index);
      calls.push(call);
      if (rnd() < ACTION_SHARE) acts.push(storedAction(call, rnd));
    }
    await db.transaction('rw', db.calls, db.actions, async () => {
      await db.calls.bulkPut(calls);
      await db.actions.bulkPut(acts);
    });
  }
  return { calls: await db.calls.count(), ms: now() - start };
}

function rawCursor(db: CsuDb, ward: string, limit: number): Promise<LocalCall[]> {
  return db.calls
    .where('[wardCode+status+receivedAt]')
    .between([ward, 'open', Dexie.minKey], [ward, 'open', Dexie.maxKey])
    .reverse()
    .limit(limit)
    .toArray();
}

/** listCalls(ward, open) against the raw index cursor for the same rows, interleaved. */
async function listVsRaw(
  wards: string[],
  limit: number,
): Promise<{ ours: number[]; raw: number[]; rows: number[] }> {
  const db = need(listDb, 'seedList');
  const ours: number[] = [];
  const raw: number[] = [];
  const rows: number[] = [];
  for (const [i, ward] of wards.entries()) {
    const timeOurs = async () => {
      const t = now();
      const found = await listCalls(
        db,
        { wardCode: ward, status: ['open'], now: new Date() },
        limit,
      );
      ours.push(now() - t);
      rows.push(found.length);
    };
    const timeRaw = async () => {
      const t = now();
      await rawCursor(db, ward, limit);
      raw.push(now() - t);
    };
    if (i % 2 === 0) await timeOurs().then(timeRaw);
    else await timeRaw().then(timeOurs);
  }
  return { ours, raw, rows };
}

/** The real calls list page at ward + open, from mount until its cards are in the DOM. */
async function listRender(ward: string, pageSize: number): Promise<number> {
  const db = need(listDb, 'seedList');
  const matching = await db.calls
    .where('[wardCode+status+receivedAt]')
    .between([ward, 'open', Dexie.minKey], [ward, 'open', Dexie.maxKey])
    .count();
  const expected = Math.min(matching, pageSize);
  const start = now();
  const screen = mountCalls(db, `/calls?status=open&ward=${ward}`);
  const done = () =>
    screen.container.querySelectorAll('ul[aria-label="Calls"] > li').length >= expected;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('the calls list did not draw its rows')),
      60_000,
    );
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    });
    observer.observe(screen.container, { childList: true, subtree: true });
  });
  const ms = now() - start;
  screen.unmount();
  return ms;
}

/** Free-text search through listCalls, against a bare bulkGet of the same rows by id. */
async function searchVsGet(
  text: string,
  limit: number,
): Promise<{ ms: number; getMs: number; rows: number }> {
  const db = need(listDb, 'seedList');
  const t = now();
  const found = await listCalls(db, { text, now: new Date() }, limit);
  const ms = now() - t;
  const ids = found.map((r) => r.call.id);
  const g = now();
  await db.calls.bulkGet(ids);
  return { ms, getMs: now() - g, rows: found.length };
}

/** logCall (the app's save) against a bare put of the same stored record, interleaved, on the seeded store. */
async function saveVsPut(
  count: number,
  warmup: number,
): Promise<{ saves: number[]; puts: number[] }> {
  const db = need(listDb, 'seedList');
  const firstId = await logCall(db, logCallInput(0, 'E05005019'));
  const template = (await db.calls.get(firstId)) as LocalCall;
  return saveVsPutTimes(count, warmup, {
    save: (i) => logCall(db, logCallInput(i, 'E05005019')),
    record: (): LocalCall => ({ ...template, id: uuidv7() }),
    put: (record) => db.calls.put(record),
  });
}

const bench = {
  signIn,
  fetchWire,
  bulkPut,
  firstSync,
  seedList,
  listVsRaw,
  listRender,
  searchVsGet,
  saveVsPut,
};
export type CsuBench = typeof bench;
(window as unknown as { csuBench: CsuBench }).csuBench = bench;
document.title = 'CSU device bench: ready';
