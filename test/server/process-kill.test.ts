/**
 * sync.md test 2: the real server process (`tsx src/server/main.ts`) is
 * killed with SIGKILL in the middle of applying pushes, then restarted.
 * Nothing may be half-applied, and retrying the same pushes completes them.
 * Like the other tests that open real ports, it listens on 127.0.0.1 only.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { londonYear } from '../../src/domain/dates';
import type { MutationResult } from '../../src/domain/sync-protocol';
import { callData, create, newId } from './fixtures';
import { freePort, signalGroup, startMain, writeStaticDir } from './main-process';

const BATCHES = 10;
const PER_BATCH = 100;
const dir = mkdtempSync(join(tmpdir(), 'csu-kill-'));
const dataDir = join(dir, 'data');
const staticDir = join(dir, 'static');
const dbPath = join(dataDir, 'csu.sqlite');
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) signalGroup(child, 'SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

async function startServer(port: number): Promise<ChildProcess> {
  const { child } = await startMain(port, {
    DATA_DIR: dataDir,
    STATIC_DIR: staticDir,
    ADMIN_PASSWORD: 'first-admin-pass',
    // This test reads the SQLite file directly; CI's DATABASE_URL is for the *.pg.test.ts files.
    DATABASE_URL: '',
  });
  children.push(child);
  return child;
}

function api(port: number, path: string, body: unknown, cookie = '') {
  return fetch(`http://127.0.0.1:${port}${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Protocol-Version': '1',
      ...(cookie ? { Cookie: cookie } : {}),
    },
    body: JSON.stringify(body),
  });
}

async function login(port: number, username: string, password: string): Promise<string> {
  const res = await api(port, '/api/auth/login', { username, password, deviceName: 'kill test' });
  expect(res.status).toBe(200);
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

/** Invariants of a database that a killed process left behind. */
function checkNothingHalfApplied(): number {
  const db = new Database(dbPath, { readonly: true });
  try {
    const applied = db
      .prepare(
        "SELECT record_id, seq FROM applied_mutations WHERE table_name = 'calls' AND status = 'applied'",
      )
      .all() as { record_id: string; seq: number }[];
    const records = db
      .prepare("SELECT id, seq, data FROM records WHERE table_name = 'calls'")
      .all() as {
      id: string;
      seq: number;
      data: string;
    }[];
    expect(records.length).toBe(applied.length);
    const bySeq = new Map(applied.map((a) => [a.record_id, a.seq]));
    for (const r of records) expect(bySeq.get(r.id)).toBe(r.seq);
    const changes = db
      .prepare("SELECT COUNT(*) AS n FROM changes WHERE table_name = 'calls'")
      .get() as { n: number };
    expect(changes.n).toBe(records.length);
    const counter = db.prepare("SELECT value FROM counters WHERE name = 'seq'").get() as {
      value: number;
    };
    const maxSeq = db.prepare('SELECT MAX(seq) AS m FROM changes').get() as { m: number };
    expect(counter.value).toBe(maxSeq.m);
    // References are unique and gap-free: a killed transaction never used up a number.
    const year = londonYear(new Date());
    const refs = records.map((r) => (JSON.parse(r.data) as { reference: string }).reference).sort();
    expect(refs).toEqual(records.map((_, i) => `DT-${year}-${String(i + 1).padStart(4, '0')}`));
    return records.length;
  } finally {
    db.close();
  }
}

describe('server process killed mid-batch', () => {
  it(
    'leaves nothing half-applied and the retry completes every push',
    { timeout: 120_000 },
    async () => {
      writeStaticDir(staticDir);

      const port = await freePort();
      const first = await startServer(port);
      const admin = await login(port, 'admin', 'first-admin-pass');
      const made = await api(
        port,
        '/api/admin/users',
        {
          username: 'chair',
          name: 'Chair',
          agencyId: 'sdc-csu',
          roles: ['chair'],
          password: 'chair-password',
        },
        admin,
      );
      expect(made.status).toBe(201);
      const chair = await login(port, 'chair', 'chair-password');

      const now = new Date().toISOString();
      const batches = Array.from({ length: BATCHES }, () =>
        Array.from({ length: PER_BATCH }, () =>
          create('calls', newId(), callData({ receivedAt: now })),
        ),
      );
      const push = (p: number, batch: unknown[]) =>
        api(
          p,
          '/api/sync/push',
          { clientId: 'kill-client', schemaVersion: 1, mutations: batch },
          chair,
        );

      const inFlight = batches.map((b) => push(port, b).catch(() => null));
      // Kill as soon as some, but not all, mutations have committed.
      const watcher = new Database(dbPath, { readonly: true });
      const count = watcher.prepare(
        "SELECT COUNT(*) AS n FROM applied_mutations WHERE table_name = 'calls'",
      );
      let seen = 0;
      for (let i = 0; i < 2000 && seen === 0; i++) {
        seen = (count.get() as { n: number }).n;
        if (seen === 0) await new Promise((r) => setTimeout(r, 2));
      }
      signalGroup(first, 'SIGKILL');
      watcher.close();
      await Promise.all(inFlight);
      if (first.exitCode === null && first.signalCode === null)
        await new Promise((r) => first.once('exit', r));

      const survived = checkNothingHalfApplied();
      expect(seen).toBeGreaterThan(0);
      expect(survived).toBeLessThan(BATCHES * PER_BATCH);

      const second = await startServer(port);
      const results: MutationResult[] = [];
      for (const b of batches) {
        const res = await push(port, b);
        expect(res.status).toBe(200);
        results.push(...((await res.json()) as { results: MutationResult[] }).results);
      }
      const statuses = results.map((r) => r.status);
      expect(statuses.every((st) => st === 'applied' || st === 'duplicate')).toBe(true);
      expect(statuses.filter((st) => st === 'duplicate')).toHaveLength(survived);
      const exited = new Promise((r) => second.once('exit', r));
      signalGroup(second, 'SIGTERM');
      await exited;
      expect(checkNothingHalfApplied()).toBe(BATCHES * PER_BATCH);
    },
  );
});
