/**
 * What must hold across server processes and restarts when they share one
 * PostgreSQL database: sessions, sign-in slowing, replays (idempotency) and
 * call reference numbers. Each server here is its own storage pool and its
 * own app, sharing nothing in memory, as separate processes would.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createPgStorage } from '../../src/server/storage/pg';
import { callData, create, newId, pullAll, pushOne } from './fixtures';
import { fakeClock, makeTestServer, TEST_PASSWORD, type TestServer } from './helpers';
import { freshPgDatabase, type PgDatabase } from './pg-databases';

let db: PgDatabase | undefined;
const servers: TestServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
  await db?.drop();
  db = undefined;
});

const login = (s: TestServer, password: string) =>
  s.request('/api/auth/login', {
    method: 'POST',
    json: { username: 'chair', password, deviceName: 'Phone' },
  });

describe('state shared by server processes on one PostgreSQL database', () => {
  it(
    'keeps sessions, sign-in slowing, replays and call references across two servers and a restart',
    { timeout: 60_000 },
    async () => {
      db = await freshPgDatabase();
      const clock = fakeClock();
      const open = async (seedReference: boolean) => {
        const s = await makeTestServer({
          storage: await createPgStorage(db!.url),
          clock,
          seedReference,
        });
        servers.push(s);
        return s;
      };
      const a = await open(true);
      const b = await open(false);
      await a.createUser({ username: 'chair', roles: ['chair'] });

      const cookie = await a.login('chair');
      expect((await b.request('/api/auth/me', {}, cookie)).status).toBe(200);

      const first = create('calls', newId(), callData());
      expect((await pushOne(a, cookie, first)).status).toBe('applied');
      expect((await pushOne(b, cookie, first)).status).toBe('duplicate');
      const second = await pushOne(b, cookie, create('calls', newId(), callData()));
      expect(second.status).toBe('applied');

      // Wrong passwords on one server slow sign-in down on the other too.
      let status = 0;
      for (let i = 0; i < 10 && status !== 429; i++)
        status = (await login(a, 'wrong-password')).status;
      expect(status).toBe(429);
      expect((await login(b, TEST_PASSWORD)).status).toBe(429);

      // Restart: every server stops; a new one knows all of it.
      for (const s of servers.splice(0)) await s.close();
      const c = await open(false);
      expect((await c.request('/api/auth/me', {}, cookie)).status).toBe(200);
      expect((await login(c, TEST_PASSWORD)).status).toBe(429);
      expect((await pushOne(c, cookie, first)).status).toBe('duplicate');
      const third = await pushOne(c, cookie, create('calls', newId(), callData()));
      expect(third.status).toBe('applied');
      // Call references from three servers: unique and gap-free, from one counter row.
      const { changes } = await pullAll(c, cookie);
      const refs = changes
        .filter((ch) => ch.table === 'calls' && ch.op === 'upsert')
        .map((ch) => String((ch.record as { reference?: string }).reference).slice(-4))
        .sort();
      expect(refs).toEqual(['0001', '0002', '0003']);
    },
  );
});
