import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { command, create, newId, patch, pullAll, pushOne } from './fixtures';
import { makeTestServer, type TestServer } from './helpers';

/**
 * The daily tasking meeting record through buildApp: only the chair starts,
 * minutes and closes a meeting, nobody else reads it, and what the meeting
 * decided is kept item by item with the server's clock and the chair as author.
 */
let s: TestServer;
const cookies: Record<string, string> = {};
let chairId = '';
beforeEach(async () => {
  s = await makeTestServer({ now: '2026-03-20T10:00:00.000Z' });
  chairId = (await s.createUser({ username: 'chair', roles: ['chair'], agencyId: 'sdc-csu' })).id;
  await s.createUser({ username: 'pcso', roles: ['field'], agencyId: 'kent-police' });
  await s.createUser({ username: 'asb', roles: ['asb_officer'], agencyId: 'sdc-asb' });
  for (const u of ['chair', 'pcso', 'asb']) cookies[u] = await s.login(u);
});
afterEach(async () => {
  await s.close();
});

const as_ = (who: string, m: unknown) => pushOne(s, cookies[who]!, m, who);
const meeting = {
  date: '2026-03-20',
  startedAt: '2026-03-20T09:30:00.000Z',
  attendingAgencyIds: ['sdc-csu', 'kent-police', 'wkha'],
};
const callId = newId();
const discussed = { key: `newCall:${callId}`, kind: 'newCall', callId, decision: 'discussed' };

async function chairMeeting(): Promise<{ id: string; seq: number }> {
  const id = newId();
  const r = await as_('chair', create('taskingMeetings', id, meeting));
  expect(r.status).toBe('applied');
  return { id, seq: r.seq! };
}

describe('daily tasking meetings on the server', () => {
  it('a field user or the ASB officer cannot record a meeting; the chair can, as its chair', async () => {
    for (const who of ['pcso', 'asb']) {
      const refused = await as_(who, create('taskingMeetings', newId(), meeting));
      expect(refused, who).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });
    }
    const id = newId();
    const made = await as_('chair', create('taskingMeetings', id, meeting));
    expect(made.record).toMatchObject({
      ...meeting,
      status: 'open',
      items: [],
      createdBy: chairId,
    });
  });

  it('a field user cannot minute an item or close the chair’s meeting, and never pulls it', async () => {
    const m = await chairMeeting();
    const minute = await as_('pcso', command('taskingMeetings', m.id, 'meeting.record', discussed));
    expect(minute.status).toBe('rejected');
    const close = await as_('pcso', command('taskingMeetings', m.id, 'meeting.close', {}));
    expect(close.status).toBe('rejected');
    const { changes } = await pullAll(s, cookies.pcso!);
    expect(changes.filter((c) => c.table === 'taskingMeetings')).toEqual([]);
    const chairPull = await pullAll(s, cookies.chair!);
    expect(chairPull.changes.filter((c) => c.table === 'taskingMeetings')).toHaveLength(1);
  });

  it('the chair minutes decisions item by item, then closes; a closed meeting takes no more', async () => {
    const m = await chairMeeting();
    await as_('chair', command('taskingMeetings', m.id, 'meeting.record', discussed));
    const noted = await as_(
      'chair',
      command('taskingMeetings', m.id, 'meeting.record', {
        ...discussed,
        decision: 'noted',
        note: 'Police to patrol the recreation ground on Friday evening.',
      }),
    );
    expect(noted.record?.items).toEqual([
      {
        key: discussed.key,
        kind: 'newCall',
        callId,
        decisions: ['discussed', 'noted'],
        note: 'Police to patrol the recreation ground on Friday evening.',
        at: '2026-03-20T10:00:00.000Z',
      },
    ]);
    const empty = await as_(
      'chair',
      command('taskingMeetings', m.id, 'meeting.record', { ...discussed, decision: 'noted' }),
    );
    expect(empty).toMatchObject({ status: 'rejected', error: { code: 'invalid' } });
    const closed = await as_('chair', command('taskingMeetings', m.id, 'meeting.close', {}));
    expect(closed.record).toMatchObject({ status: 'closed', closedAt: '2026-03-20T10:00:00.000Z' });
    const late = await as_('chair', command('taskingMeetings', m.id, 'meeting.record', discussed));
    expect(late).toMatchObject({ status: 'rejected', error: { code: 'illegal_transition' } });
  });

  it('items and status change by command only; attendance by patch', async () => {
    const m = await chairMeeting();
    const items = await as_(
      'chair',
      patch('taskingMeetings', m.id, { items: [] }, { items: m.seq }),
    );
    expect(items).toMatchObject({ status: 'rejected', error: { code: 'not_patchable' } });
    const present = await as_(
      'chair',
      patch(
        'taskingMeetings',
        m.id,
        { attendingAgencyIds: ['sdc-csu'] },
        { attendingAgencyIds: m.seq },
      ),
    );
    expect(present.record).toMatchObject({ attendingAgencyIds: ['sdc-csu'] });
  });

  it('refuses a malformed meeting at the field, never with a server error', async () => {
    const bad = await as_(
      'chair',
      create('taskingMeetings', newId(), {
        ...meeting,
        date: '2026-02-30',
        attendingAgencyIds: 'all',
      }),
    );
    expect(bad).toMatchObject({ status: 'rejected', error: { code: 'invalid' } });
    expect(Object.keys(bad.error?.fields ?? {}).sort()).toEqual(['attendingAgencyIds', 'date']);
  });
});
