import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { command, create, newId, patch, pushOne } from './fixtures';
import { makeTestServer, type TestServer } from './helpers';

/**
 * Editing people and locations through buildApp: `person.update` and
 * `location.update` are the only way their fields change, by the chair and
 * the ASB officer (domain.md matrix); the server records the history from
 * its own copy, with its own clock and the signed-in user.
 */
let s: TestServer;
const cookies: Record<string, string> = {};
const users: Record<string, string> = {};
beforeEach(async () => {
  s = await makeTestServer({ now: '2026-03-20T10:00:00.000Z' });
  for (const [username, roles] of [
    ['chair', ['chair']],
    ['asb', ['asb_officer']],
    ['pcso', ['field']],
  ] as const) {
    users[username] = (await s.createUser({ username, roles: [...roles], agencyId: 'sdc-csu' })).id;
    cookies[username] = await s.login(username);
  }
});
afterEach(async () => {
  await s.close();
});

const as_ = (who: string, m: unknown) => pushOne(s, cookies[who]!, m, who);
const stored = (table: 'people' | 'locations', id: string) =>
  s.storage.transaction((tx) => tx.getRecord(table, id));

async function person(): Promise<string> {
  const id = newId();
  const r = await as_('pcso', create('people', id, { name: 'Cal Reeves', aliases: [], flags: [] }));
  expect(r.status).toBe('applied');
  return id;
}

describe('person.update and location.update on the server', () => {
  it('a field user who created the person cannot edit them; the chair can, and the history is the server’s', async () => {
    const id = await person();
    const edit = { name: 'Callum Reeves', aliases: ['Cal'], flags: ['repeat-subject'] };
    const refused = await as_('pcso', command('people', id, 'person.update', edit));
    expect(refused).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });
    expect((await stored('people', id))?.data.name).toBe('Cal Reeves');

    const applied = await as_('chair', command('people', id, 'person.update', edit));
    expect(applied.status).toBe('applied');
    const data = (await stored('people', id))!.data;
    expect(data).toMatchObject({
      name: 'Callum Reeves',
      aliases: ['Cal'],
      flags: ['repeat-subject'],
    });
    expect(data.history).toEqual([
      {
        at: '2026-03-20T10:00:00.000Z',
        by: users.chair,
        changes: [
          { field: 'name', from: 'Cal Reeves', to: 'Callum Reeves' },
          { field: 'aliases', from: [], to: ['Cal'] },
          { field: 'flags', from: [], to: ['repeat-subject'] },
        ],
      },
    ]);
  });

  it('refuses a patch of a person’s fields (it would skip the history) and a forged history', async () => {
    const id = await person();
    const seq = (await stored('people', id))!.seq;
    const named = await as_('chair', patch('people', id, { name: 'Someone else' }, { name: seq }));
    expect(named).toMatchObject({ status: 'rejected', error: { code: 'not_patchable' } });
    const forged = await as_('chair', patch('people', id, { history: [] }, { history: seq }));
    expect(forged).toMatchObject({ status: 'rejected', error: { code: 'not_patchable' } });
    const history = [{ at: '2020-01-01T00:00:00.000Z', by: 'x', changes: [{ field: 'name' }] }];
    const created = newId();
    await as_('pcso', create('people', created, { name: 'A', aliases: [], flags: [], history }));
    expect((await stored('people', created))?.data.history).toBeUndefined();
  });

  it('the ASB officer corrects a location; bad arguments are refused at their field', async () => {
    const id = newId();
    await as_('pcso', create('locations', id, { address: '4 Caxton Cl', wardCode: 'E05005019' }));
    const bad = await as_(
      'asb',
      command('locations', id, 'location.update', { address: ' ', wardCode: 'nowhere' }),
    );
    expect(bad).toMatchObject({ status: 'rejected', error: { code: 'invalid' } });
    expect(Object.keys(bad.error?.fields ?? {}).sort()).toEqual(['address', 'wardCode']);
    const ok = await as_(
      'asb',
      command('locations', id, 'location.update', {
        address: '4 Caxton Close, Hartley',
        wardCode: 'E05005019',
      }),
    );
    expect(ok.status).toBe('applied');
    expect((await stored('locations', id))?.data).toMatchObject({
      address: '4 Caxton Close, Hartley',
      history: [{ by: users.asb, changes: [{ field: 'address', to: '4 Caxton Close, Hartley' }] }],
    });
  });
});
