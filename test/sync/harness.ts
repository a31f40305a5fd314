/**
 * Simulated devices for the sync tests: each device has its own IndexedDB
 * (a separate fake-indexeddb factory, so the same user can have two
 * devices), its own cookie jar, its own clientId and a fault-injecting
 * transport in front of the real in-process server (makeTestServer).
 */
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Role } from '../../src/domain/roles';
import type { TableName } from '../../src/domain/tables';
import type { StoredRecord } from '../../src/server/storage/types';
import type { LoginResponse, SessionUser } from '../../src/domain/sync-protocol';
import { CsuDb } from '../../src/client/local-store/db';
import { SyncEngine, type SyncEngineOptions } from '../../src/client/sync/sync-engine';
import type { RoundFailure } from '../../src/client/sync/round-errors';
import type { SyncStatusState } from '../../src/client/sync/sync-status-store';
import type { Transport } from '../../src/client/sync/transport';
import { makeTestServer, TEST_PASSWORD, type TestServer } from '../server/helpers';

export type Fault =
  /** The server handles the request, then the answer is lost. */
  | 'drop-after'
  /** The request never leaves the device. */
  | 'throw-before'
  /** The server is overloaded: 503 with Retry-After (seconds). */
  | { status: number; retryAfterS?: number; code?: string };

export interface FaultRule {
  /** Which requests this applies to, by path prefix ('/api/sync/push'). */
  path: string;
  fault: Fault;
  /** How many matching requests it hits (default 1). */
  times?: number;
  /** How many matching requests pass untouched first (default 0). */
  after?: number;
}

/** A cookie-keeping, fault-injecting transport over app.request. */
export class TestTransport {
  cookie: string | undefined;
  offline = false;
  rules: FaultRule[] = [];
  readonly log: { path: string; status: number | 'dropped' | 'thrown'; body?: string }[] = [];

  constructor(private readonly server: TestServer) {}

  /** Rewrites an answer before the device sees it (e.g. a corrupt pull page). */
  mapResponse: ((path: string, res: Response) => Promise<Response>) | undefined;

  inject(path: string, fault: Fault, times = 1, after = 0): void {
    this.rules.push({ path, fault, times, after });
  }

  private take(path: string): Fault | undefined {
    const rule = this.rules.find((r) => path.startsWith(r.path) && (r.times ?? 1) > 0);
    if (!rule) return undefined;
    if ((rule.after ?? 0) > 0) {
      rule.after = (rule.after ?? 0) - 1;
      return undefined;
    }
    rule.times = (rule.times ?? 1) - 1;
    return rule.fault;
  }

  /** The JSON bodies of the requests sent to `path` (including lost ones). */
  bodies(path: string): unknown[] {
    return this.log
      .filter((l) => l.path === path && l.body)
      .map((l) => JSON.parse(l.body as string) as unknown);
  }

  readonly send: Transport = async (path, init) => {
    const fault = this.take(path);
    const body = typeof init.body === 'string' ? init.body : undefined;
    if (this.offline || fault === 'throw-before') {
      this.log.push({ path, status: 'thrown', body });
      throw new TypeError('Failed to fetch');
    }
    if (fault && typeof fault === 'object') {
      this.log.push({ path, status: fault.status, body });
      const headers = new Headers({ 'Content-Type': 'application/json' });
      if (fault.retryAfterS !== undefined) headers.set('Retry-After', String(fault.retryAfterS));
      const answer = JSON.stringify({
        code: fault.code ?? 'unavailable',
        message: 'Injected failure',
      });
      return new Response(answer, { status: fault.status, headers });
    }
    const headers = new Headers(init.headers);
    if (this.cookie) headers.set('Cookie', this.cookie);
    const res = await this.server.app.request(path, { ...init, headers });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    if (fault === 'drop-after') {
      this.log.push({ path, status: 'dropped', body });
      throw new TypeError('Network connection lost');
    }
    this.log.push({ path, status: res.status, body });
    return this.mapResponse ? this.mapResponse(path, res) : res;
  };
}

/** Opens a CsuDb (or a later schema version of it) on its own IndexedDB factory: one device's storage. */
export function openDeviceDb(
  userId: string,
  factory: IDBFactory,
  DbClass: typeof CsuDb = CsuDb,
): CsuDb {
  const deps = Dexie.dependencies;
  const saved = { indexedDB: deps.indexedDB, IDBKeyRange: deps.IDBKeyRange };
  deps.indexedDB = factory;
  deps.IDBKeyRange = IDBKeyRange;
  try {
    return new DbClass(userId);
  } finally {
    deps.indexedDB = saved.indexedDB;
    deps.IDBKeyRange = saved.IDBKeyRange;
  }
}

export interface StatusSink extends Pick<SyncStatusState, 'update'> {
  state: Partial<SyncStatusState>;
}

export function statusSink(): StatusSink {
  const state: Partial<SyncStatusState> = {};
  return { state, update: (patch) => Object.assign(state, patch) };
}

export class Device {
  db: CsuDb;
  engine: SyncEngine;
  readonly status = statusSink();
  readonly halts: RoundFailure[] = [];

  constructor(
    readonly server: TestServer,
    readonly transport: TestTransport,
    public user: SessionUser,
    readonly factory: IDBFactory,
    private readonly engineOpts: Partial<SyncEngineOptions> = {},
  ) {
    this.db = openDeviceDb(user.id, factory);
    this.engine = this.makeEngine();
  }

  private makeEngine(): SyncEngine {
    return new SyncEngine({
      db: this.db,
      transport: this.transport.send,
      getUser: () => this.user,
      onUserRefreshed: (u) => {
        this.user = u;
      },
      onHalt: (f) => {
        this.halts.push(f);
      },
      status: this.status,
      random: () => 0.5,
      ...this.engineOpts,
    });
  }

  /** One push-then-pull round. */
  sync() {
    return this.engine.runRound();
  }

  /** The tab was killed (or the app updated): close the database and start again on the same storage. */
  restart(DbClass: typeof CsuDb = CsuDb): void {
    this.db.close();
    this.db = openDeviceDb(this.user.id, this.factory, DbClass);
    this.engine = this.makeEngine();
  }
}

/** Signs in over a device's transport, which keeps the session cookie. */
export async function signInOver(
  transport: TestTransport,
  username: string,
  password = TEST_PASSWORD,
): Promise<LoginResponse> {
  const res = await transport.send('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Protocol-Version': '1' },
    body: JSON.stringify({ username, password, deviceName: 'Test phone' }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status}`);
  return (await res.json()) as LoginResponse;
}

export interface DeviceOptions {
  factory?: IDBFactory;
  engine?: Partial<SyncEngineOptions>;
}

/** Signs `username` in on a new (or the given) device storage. */
export async function signedInDevice(
  server: TestServer,
  username: string,
  opts: DeviceOptions = {},
): Promise<Device> {
  const transport = new TestTransport(server);
  const login = await signInOver(transport, username);
  return new Device(server, transport, login.user, opts.factory ?? new IDBFactory(), opts.engine);
}

/** After the factories' call dates (4 March 2026), so nothing is "in the future". */
export const SERVER_NOW = '2026-03-05T12:00:00.000Z';

export async function serverWith(
  users: { username: string; roles: Role[]; agencyId?: string; wards?: string[] }[],
  now: string | Date = SERVER_NOW,
): Promise<TestServer> {
  const server = await makeTestServer({ now });
  for (const u of users) await server.createUser(u);
  return server;
}

/** The server's live (not deleted) records of a table, by id. */
export async function serverRecords(
  server: TestServer,
  table: TableName,
): Promise<Map<string, StoredRecord>> {
  const rows = await server.storage.transaction((tx) => tx.listRecords(table));
  return new Map(rows.filter((r) => !r.deleted).map((r) => [r.id, r]));
}
