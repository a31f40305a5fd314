/**
 * A server for tests: buildApp on in-memory SQLite with a fake clock, plus
 * shortcuts to make users, sign in and call the API. Used by test/server
 * and by the multi-device sync tests in test/sync.
 */
import type { Role } from '../../src/domain/roles';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../src/domain/sync-protocol';
import { buildAppWithDeps } from '../../src/server/app';
import type { Clock } from '../../src/server/clock';
import { makeDeps, type ServerDeps } from '../../src/server/deps';
import { createUserAccount } from '../../src/server/services/admin';
import { seedReferenceData } from '../../src/server/services/seed';
import { createSqliteStorage } from '../../src/server/storage/sqlite';
import type { Storage, UserRow } from '../../src/server/storage/types';

export interface FakeClock extends Clock {
  set(instant: string | Date): void;
  advance(ms: number): void;
}

export function fakeClock(start: string | Date = '2026-03-02T10:00:00.000Z'): FakeClock {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    set: (instant) => {
      t = new Date(instant).getTime();
    },
    advance: (ms) => {
      t += ms;
    },
  };
}

export interface TestUserInput {
  username: string;
  roles: Role[];
  agencyId?: string;
  wards?: string[];
  password?: string;
  name?: string;
}

export const TEST_PASSWORD = 'correct-horse-battery';
/** A lower scrypt cost keeps sign-in fast in tests; the hashing code is the same. */
export const TEST_SCRYPT_N = 2 ** 12;

export type TestRequestInit = Omit<RequestInit, 'body'> & {
  body?: BodyInit | null;
  json?: unknown;
};

export interface TestServer {
  app: ReturnType<typeof buildAppWithDeps>;
  storage: Storage;
  clock: FakeClock;
  deps: ServerDeps;
  createUser(input: TestUserInput): Promise<UserRow>;
  /** Signs in and returns the Cookie header value (`csu_session=…`). */
  login(username: string, password?: string): Promise<string>;
  /** Calls the API with the protocol header, JSON body (`json`) and cookie. */
  request(path: string, init?: TestRequestInit, cookie?: string): Promise<Response>;
  close(): Promise<void>;
}

export async function makeTestServer(
  opts: { now?: string | Date; seedReference?: boolean; storage?: Storage; clock?: FakeClock } = {},
): Promise<TestServer> {
  // A given storage and clock let several servers share one database, as processes would.
  const storage = opts.storage ?? createSqliteStorage(':memory:');
  const clock = opts.clock ?? fakeClock(opts.now);
  const deps = makeDeps(storage, clock, { scryptN: TEST_SCRYPT_N, version: 'test' });
  const app = buildAppWithDeps(deps);
  if (opts.seedReference ?? true) await seedReferenceData(storage, clock.now());

  const request: TestServer['request'] = (path, init = {}, cookie) => {
    const headers = new Headers(init.headers);
    if (!headers.has(PROTOCOL_HEADER)) headers.set(PROTOCOL_HEADER, String(PROTOCOL_VERSION));
    if (cookie) headers.set('Cookie', cookie);
    let body = init.body;
    if (init.json !== undefined) {
      body = JSON.stringify(init.json);
      headers.set('Content-Type', 'application/json');
    }
    const { json: _json, ...rest } = init;
    return Promise.resolve(app.request(path, { ...rest, headers, body }));
  };

  return {
    app,
    storage,
    clock,
    deps,
    createUser: (u) =>
      createUserAccount(
        deps,
        {
          username: u.username,
          name: u.name ?? u.username,
          agencyId: u.agencyId ?? 'sdc-csu',
          roles: u.roles,
          wards: u.wards ?? [],
          password: u.password ?? TEST_PASSWORD,
        },
        { userId: null, deviceId: null },
      ),
    async login(username, password = TEST_PASSWORD) {
      const res = await request('/api/auth/login', {
        method: 'POST',
        json: { username, password, deviceName: 'Test device' },
      });
      if (res.status !== 200) throw new Error(`Sign-in failed with ${res.status}`);
      const setCookie = res.headers.get('set-cookie') ?? '';
      const pair = setCookie.split(';')[0] ?? '';
      if (!pair.startsWith('csu_session=')) throw new Error('No session cookie set');
      return pair;
    },
    request,
    close: () => storage.close(),
  };
}
