/**
 * The authorization matrix, data-driven (issue 7): every role against every
 * table for read, create, patch and delete, and every command, through the
 * real server, compared with what src/domain/access.ts grants. The tables
 * come from TABLE_NAMES and the commands from COMMANDS, and the fixtures
 * are typed by them, so a new table or command cannot be added without its
 * row here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canChange, canCreate, canRead, canRunCommand } from '../../src/domain/access';
import { COMMANDS, type CommandName } from '../../src/domain/commands';
import { ROLES, type Actor, type Role } from '../../src/domain/roles';
import type { MutationResult } from '../../src/domain/sync-protocol';
import { TABLE_NAMES, TABLES, type TableName } from '../../src/domain/tables';
import { importRecords } from '../../src/server/services/import';
import { command, create, newId, patch, pullAll, pushOne, remove } from './fixtures';
import {
  COMMAND_ARGS,
  REL,
  SURVIVORS,
  SPEC_COMMANDS,
  SPEC_CREATE,
  spec,
} from './authorization-spec';
import { makeTestServer, type TestServer } from './helpers';
import {
  AGENCY,
  newParentIds,
  PARENT_TABLES,
  TABLE_FIXTURES,
  type ParentIds,
} from './table-fixtures';

/** The directory is kept by the admin API; view events go only to the audit log. */
const NOT_SYNC_WRITABLE: ReadonlySet<TableName> = new Set(['users']);
const UNSEEN = ['forbidden', 'out_of_scope', 'not_found'];

let s: TestServer;
let parents: ParentIds;
const actors = new Map<Role, { actor: Actor; cookie: string }>();
/** Per role, per table: the record that role's patch, delete and command cases act on. */
const targets = new Map<Role, Map<TableName, string>>();

function parentOf(table: TableName) {
  const spec = TABLES[table];
  if (!('parent' in spec) || !spec.parent) return undefined;
  return { table: spec.parent.table as TableName, rel: REL };
}

async function seed(table: TableName, id: string): Promise<void> {
  const fixture = TABLE_FIXTURES[table];
  await importRecords(
    s.storage,
    { [table]: [{ ...fixture.data(parents), id }] },
    s.clock.now(),
    new Map(),
    null,
  );
}

const readable = (actor: Actor, table: TableName) => canRead(actor, table, REL);

beforeAll(async () => {
  s = await makeTestServer();
  for (const role of ROLES) {
    const user = await s.createUser({ username: `u-${role}`, roles: [role], agencyId: AGENCY });
    const actor: Actor = {
      userId: user.id,
      name: user.name,
      agencyId: AGENCY,
      roles: [role],
      wards: [],
    };
    actors.set(role, { actor, cookie: await s.login(`u-${role}`) });
  }
  parents = newParentIds();
  for (const table of PARENT_TABLES) await seed(table, parents[table]);
  for (const table of ['people', 'locations'] as const) await seed(table, SURVIVORS[table]);
  for (const role of ROLES) {
    const mine = new Map<TableName, string>();
    for (const table of TABLE_NAMES) {
      if (table === 'users' || table === 'viewEvents') continue;
      const id = (TABLE_FIXTURES[table].newId ?? newId)();
      await seed(table, id);
      mine.set(table, id);
    }
    targets.set(role, mine);
  }
});
afterAll(async () => {
  await s.close();
});

const as = (role: Role) => {
  const a = actors.get(role);
  if (!a) throw new Error(`no user for ${role}`);
  return a;
};
const target = (role: Role, table: TableName) => {
  const id = targets.get(role)?.get(table);
  if (!id) throw new Error(`no ${table} target for ${role}`);
  return id;
};
const push = (role: Role, m: unknown) => pushOne(s, as(role).cookie, m, `matrix-${role}`);
const stored = (table: TableName, id: string) =>
  s.storage.transaction((tx) => tx.getRecord(table, id));

function expectVerdict(result: MutationResult, allowed: boolean, what: string) {
  if (allowed) expect(result.status, `${what}: ${JSON.stringify(result.error)}`).toBe('applied');
  else {
    expect(result.status, what).toBe('rejected');
    expect(UNSEEN, what).toContain(result.error?.code);
  }
}

describe('authorization matrix', () => {
  it('has a fixture for every table and arguments for every command', () => {
    expect(Object.keys(TABLE_FIXTURES).sort()).toEqual([...TABLE_NAMES].sort());
    expect(Object.keys(COMMAND_ARGS).sort()).toEqual(Object.keys(COMMANDS).sort());
    expect(Object.keys(SPEC_COMMANDS).sort()).toEqual(Object.keys(COMMANDS).sort());
  });

  describe.each(ROLES)('%s', (role) => {
    it('reads exactly the tables access.ts grants', async () => {
      const { actor, cookie } = as(role);
      const { changes } = await pullAll(s, cookie);
      const seen = new Set(changes.map((c) => `${c.table}/${c.id}`));
      for (const table of TABLE_NAMES) {
        if (table === 'users') {
          const others = changes.filter((c) => c.table === 'users').length;
          expect(others > 0, table).toBe(canRead(actor, 'users'));
          expect(canRead(actor, 'users')).toBe(spec(table).read.includes(role));
        } else if (table === 'viewEvents') {
          expect(changes.some((c) => c.table === 'viewEvents')).toBe(false);
        } else {
          expect(seen.has(`${table}/${target(role, table)}`), table).toBe(readable(actor, table));
          expect(readable(actor, table), `${table} per domain.md`).toBe(
            spec(table).read.includes(role),
          );
        }
      }
    });

    it('creates exactly where access.ts grants, never under an unreadable parent', async () => {
      const { actor } = as(role);
      for (const table of TABLE_NAMES) {
        const fixture = TABLE_FIXTURES[table];
        const id = (fixture.newId ?? newId)();
        const result = await push(role, create(table, id, fixture.data(parents)));
        const allowed = !NOT_SYNC_WRITABLE.has(table) && canCreate(actor, table, parentOf(table));
        const specCreate = SPEC_CREATE[table] ?? spec(table).create;
        expect(allowed, `create ${table} per domain.md`).toBe(
          !NOT_SYNC_WRITABLE.has(table) && specCreate.includes(role),
        );
        expectVerdict(result, allowed, `create ${table}`);
        if (!allowed && table !== 'viewEvents') expect(await stored(table, id)).toBeUndefined();
      }
    });

    it('patches exactly where access.ts grants, and never an append-only record', async () => {
      const { actor } = as(role);
      for (const table of TABLE_NAMES) {
        if (table === 'users' || table === 'viewEvents') continue;
        const id = target(role, table);
        const before = await stored(table, id);
        const fixture = TABLE_FIXTURES[table].patch;
        const [field, value] = fixture ?? ['id', 'x'];
        const base = before?.fieldSeqs[field] ?? before?.seq ?? 0;
        const result = await push(role, patch(table, id, { [field]: value }, { [field]: base }));
        if (TABLES[table].appendOnly) {
          expect(result.error?.code, `patch ${table}`).toBe('append_only');
          continue;
        }
        // A table whose every field changes through commands takes no patch from anyone.
        if (!fixture) {
          expect(result.status, `patch ${table}`).toBe('rejected');
          expect((await stored(table, id))?.seq, `patch ${table} changed nothing`).toBe(
            before?.seq,
          );
          continue;
        }
        const allowed = readable(actor, table) && canChange(actor, table, REL);
        expect(allowed, `patch ${table} per domain.md`).toBe(spec(table).change.includes(role));
        expectVerdict(result, allowed, `patch ${table}`);
        const after = await stored(table, id);
        if (!allowed) expect(after?.seq, `patch ${table} changed nothing`).toBe(before?.seq);
      }
    });

    it('deletes exactly where access.ts grants; reference rows and append-only ones never', async () => {
      const { actor } = as(role);
      for (const table of TABLE_NAMES) {
        if (table === 'users' || table === 'viewEvents') continue;
        const id = target(role, table);
        const before = await stored(table, id);
        const result = await push(role, remove(table, id, before?.seq ?? 0));
        if (TABLES[table].appendOnly || TABLES[table].scope === 'reference') {
          expect(result.status, `delete ${table}`).toBe('rejected');
          expect((await stored(table, id))?.deleted).toBe(false);
          continue;
        }
        const allowed = readable(actor, table) && canChange(actor, table, REL);
        expect(allowed, `delete ${table} per domain.md`).toBe(spec(table).change.includes(role));
        expectVerdict(result, allowed, `delete ${table}`);
        expect((await stored(table, id))?.deleted, `delete ${table}`).toBe(allowed);
      }
    });

    it('runs exactly the commands access.ts grants', async () => {
      const { actor } = as(role);
      for (const name of Object.keys(COMMANDS) as CommandName[]) {
        const table = COMMANDS[name].table as TableName;
        const id = (TABLE_FIXTURES[table].newId ?? newId)();
        await seed(table, id);
        const before = await stored(table, id);
        const result = await push(role, command(table, id, name, COMMAND_ARGS[name]));
        const allowed = readable(actor, table) && canRunCommand(actor, name, REL);
        expect(allowed, `${name} per domain.md`).toBe(SPEC_COMMANDS[name].includes(role));
        if (allowed) expect(UNSEEN, name).not.toContain(result.error?.code);
        else {
          expect(result.status, name).toBe('rejected');
          expect(UNSEEN, name).toContain(result.error?.code);
          expect((await stored(table, id))?.seq, name).toBe(before?.seq);
        }
      }
    });
  });
});
