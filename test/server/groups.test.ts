import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { command, create, newId, patch, pushOk, pushOne } from './fixtures';
import { makeTestServer, type TestServer } from './helpers';

/**
 * Task and Finish Groups through buildApp: the chair creates them; the
 * chair and users of the group's lead agency change them, add meetings and
 * action plan items and close them; field users of other agencies cannot.
 */
let s: TestServer;
const cookies: Record<string, string> = {};
beforeEach(async () => {
  s = await makeTestServer({ now: '2026-03-20T10:00:00.000Z' });
  await s.createUser({ username: 'chair', roles: ['chair'], agencyId: 'sdc-csu' });
  await s.createUser({ username: 'housing', roles: ['field'], agencyId: 'wkha' });
  await s.createUser({ username: 'pcso', roles: ['field'], agencyId: 'kent-police' });
  await s.createUser({ username: 'marac', roles: ['marac'], agencyId: 'wkha' });
  for (const u of ['chair', 'housing', 'pcso', 'marac']) cookies[u] = await s.login(u);
});
afterEach(async () => {
  await s.close();
});

/** Pushes one mutation as `who`, from that user's own device. */
const as_ = (who: string, m: unknown) => pushOne(s, cookies[who]!, m, who);

const group = (over: Record<string, unknown> = {}) => ({
  subjectType: 'theme',
  theme: 'Modern Slavery',
  title: 'Modern Slavery',
  triggerCallIds: [],
  leadAgencyId: 'wkha',
  memberAgencyIds: ['kent-police', 'sdc-csu'],
  status: 'open',
  ...over,
});
const item = (groupId: string) => ({
  groupId,
  item: 'Visit the car wash with Immigration Enforcement',
  leadAgencyId: 'kent-police',
  partnerAgencyIds: ['wkha'],
  byDate: '2026-04-30',
  rag: 'amber',
});

async function chairGroup(): Promise<{ id: string; seq: number }> {
  const id = newId();
  const r = await as_('chair', create('groups', id, group()));
  expect(r.status).toBe('applied');
  return { id, seq: r.seq! };
}

describe('Task and Finish Groups on the server', () => {
  it('a field user cannot create a group; the chair can', async () => {
    const refused = await as_('pcso', create('groups', newId(), group()));
    expect(refused).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });
    const lead = await as_('housing', create('groups', newId(), group()));
    expect(lead.status).toBe('rejected');
    await chairGroup();
  });

  it('a lead-agency user adds and updates an action plan item; another agency cannot', async () => {
    const g = await chairGroup();
    const itemId = newId();
    const added = await as_('housing', create('groupItems', itemId, item(g.id)));
    expect(added.status).toBe('applied');
    const update = { rag: 'green', latestUpdate: 'Visited on 18 March', updatedOn: '2026-03-18' };
    const byLead = await as_(
      'housing',
      patch('groupItems', itemId, update, {
        rag: added.seq!,
        latestUpdate: added.seq!,
        updatedOn: added.seq!,
      }),
    );
    expect(byLead.status).toBe('applied');
    expect(byLead.record).toMatchObject(update);
    const byOther = await as_(
      'pcso',
      patch('groupItems', itemId, { rag: 'red' }, { rag: byLead.seq! }),
    );
    expect(byOther).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });
    const otherAdds = await as_('pcso', create('groupItems', newId(), item(g.id)));
    expect(otherAdds.status).toBe('rejected');
  });

  it('a lead-agency user updates the group and adds a meeting; a MARAC-only user of that agency cannot', async () => {
    const g = await chairGroup();
    const retitled = await as_(
      'housing',
      patch('groups', g.id, { title: 'Modern Slavery: car washes' }, { title: g.seq }),
    );
    expect(retitled.status).toBe('applied');
    const meeting = {
      groupId: g.id,
      date: '2026-03-19',
      attendees: 'J. Patel (WKHA), PC Moore',
      attendeeAgencyIds: ['wkha', 'kent-police'],
      apologyAgencyIds: ['sdc-csu'],
      notes: 'Agreed a joint visit.',
    };
    expect((await as_('housing', create('groupMeetings', newId(), meeting))).status).toBe(
      'applied',
    );
    const marac = await as_('marac', create('groupMeetings', newId(), meeting));
    expect(marac.status).toBe('rejected');
  });

  it('group.close: the lead agency closes with an outcome; once closed it is refused; others cannot', async () => {
    const g = await chairGroup();
    const byOther = await as_('pcso', command('groups', g.id, 'group.close', { outcome: 'x' }));
    expect(byOther).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });
    const empty = await as_('housing', command('groups', g.id, 'group.close', { outcome: ' ' }));
    expect(empty).toMatchObject({ status: 'rejected', error: { code: 'invalid' } });
    const closed = await as_(
      'housing',
      command('groups', g.id, 'group.close', { outcome: 'Premises closed; no calls since' }),
    );
    expect(closed.record).toMatchObject({
      status: 'closed',
      closureOutcome: 'Premises closed; no calls since',
    });
    expect(closed.record?.closedAt).toBe('2026-03-20T10:00:00.000Z');
    const again = await as_('chair', command('groups', g.id, 'group.close', { outcome: 'y' }));
    expect(again).toMatchObject({ status: 'rejected', error: { code: 'illegal_transition' } });
  });

  it('the status cannot be patched: closing is the command only', async () => {
    const g = await chairGroup();
    const r = await as_('chair', patch('groups', g.id, { status: 'closed' }, { status: g.seq }));
    expect(r).toMatchObject({ status: 'rejected', error: { code: 'not_patchable' } });
  });

  it('only the chair dismisses a suggestion, and a dismissal is never changed', async () => {
    const dismissal = {
      subjectKind: 'location',
      subjectId: newId(),
      callIds: [newId(), newId(), newId()],
      reason: 'One family, already known to housing',
    };
    expect((await as_('pcso', create('groupDismissals', newId(), dismissal))).status).toBe(
      'rejected',
    );
    const id = newId();
    const [made] = await pushOk(
      s,
      cookies.chair!,
      [create('groupDismissals', id, dismissal)],
      'chair',
    );
    expect(made!.status).toBe('applied');
    const changed = await as_(
      'chair',
      patch('groupDismissals', id, { reason: 'x' }, { reason: made!.seq! }),
    );
    expect(changed).toMatchObject({ status: 'rejected', error: { code: 'append_only' } });
  });
});
