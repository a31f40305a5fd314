import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { addAction } from '../../src/client/local-store/actions-repo';
import { logCall } from '../../src/client/local-store/calls-repo';
import type { CsuDb } from '../../src/client/local-store/db';
import { addNote, addResidentUpdate } from '../../src/client/local-store/notes-repo';
import {
  getCallBundle,
  listCalls,
  recentCallsFor,
  referenceData,
  type CallFilters,
} from '../../src/client/local-store/queries';
import { newTestDb, OTHER_WARD, TEST_WARD, validCallInput } from './factories';
import { runCommand } from '../../src/client/local-store/command-runner';

const NOW = new Date('2026-03-15T12:00:00.000Z');

describe('listCalls', () => {
  let db: CsuDb;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    db = newTestDb();
    const log = (name: string, o: Parameters<typeof validCallInput>[0]) =>
      logCall(db, validCallInput({ people: [], ...o })).then((id) => (ids[name] = id));
    await log('hartleyNoise', { receivedAt: '2026-03-01T09:00:00.000Z', categoryIds: ['noise'] });
    await log('hartleyHigh', {
      receivedAt: '2026-03-02T09:00:00.000Z',
      riskLevel: 'high',
      reporter: { anonymous: true },
    });
    await log('kemsing', {
      receivedAt: '2026-03-03T09:00:00.000Z',
      location: { address: 'Kemsing Recreation Ground', wardCode: OTHER_WARD },
      reporter: { anonymous: true },
    });
    await log('closed', { receivedAt: '2026-03-04T09:00:00.000Z', reporter: { anonymous: true } });
    await log('updated', {
      receivedAt: '2026-03-05T09:00:00.000Z',
      summary: 'Fly-tipping behind the Co-op',
    });
    await runCommand(db, 'call.close', ids.closed as string, { reason: 'No further action' });
    await runCommand(db, 'call.open', ids.kemsing as string, {});
    // Overdue: an open action due before 15 March; not overdue: due later.
    await addAction(db, ids.hartleyNoise as string, {
      text: 'Visit',
      agencyId: 'kent-police',
      dueDate: '2026-03-10',
    });
    await addAction(db, ids.hartleyNoise as string, {
      text: 'Letter',
      agencyId: 'sdc-asb',
      dueDate: '2026-03-20',
    });
    await addAction(db, ids.kemsing as string, {
      text: 'Patrol',
      agencyId: 'kcc-wardens',
      dueDate: '2026-03-25',
    });
    await addResidentUpdate(db, ids.updated as string, {
      at: '2026-03-06T10:00:00.000Z',
      method: 'email',
      summary: 'Reported',
    });
  });

  const list = async (f: Omit<CallFilters, 'now'>) =>
    (await listCalls(db, { ...f, now: NOW })).map((r) => r.call.id);
  const names = (callIds: string[]) =>
    callIds.map((id) => Object.keys(ids).find((k) => ids[k] === id));

  it('lists every call newest received first', async () => {
    expect(names(await list({}))).toEqual([
      'updated',
      'closed',
      'kemsing',
      'hartleyHigh',
      'hartleyNoise',
    ]);
  });

  it('filters by status, ward and both (compound index)', async () => {
    expect(names(await list({ status: ['new'] }))).toEqual([
      'updated',
      'hartleyHigh',
      'hartleyNoise',
    ]);
    expect(names(await list({ status: ['new', 'open'] }))).toEqual([
      'updated',
      'kemsing',
      'hartleyHigh',
      'hartleyNoise',
    ]);
    expect(names(await list({ wardCode: OTHER_WARD }))).toEqual(['kemsing']);
    expect(names(await list({ wardCode: TEST_WARD, status: ['closed'] }))).toEqual(['closed']);
    expect(names(await list({ wardCode: TEST_WARD, status: ['new', 'closed'] }))).toEqual([
      'updated',
      'closed',
      'hartleyHigh',
      'hartleyNoise',
    ]);
  });

  it('filters by category, risk and text', async () => {
    expect(names(await list({ categoryId: 'noise' }))).toEqual(['hartleyNoise']);
    expect(names(await list({ categoryId: 'rowdy', status: ['new'] }))).toEqual([
      'updated',
      'hartleyHigh',
    ]);
    expect(names(await list({ riskLevel: 'high' }))).toEqual(['hartleyHigh']);
    expect(names(await list({ text: 'co-op' }))).toEqual(['updated']);
  });

  it('filters overdue and update-owed calls, and reports both per row', async () => {
    expect(names(await list({ overdue: true }))).toEqual(['hartleyNoise']);
    // Named reporters owed an update: hartleyNoise (actions, no update); `updated` heard after its (no) actions.
    expect(names(await list({ updateDue: true }))).toEqual(['hartleyNoise']);
    const rows = await listCalls(db, { now: NOW });
    const row = rows.find((r) => r.call.id === ids.hartleyNoise);
    expect(row).toMatchObject({ overdueCount: 1, updateDue: true });
    expect(rows.find((r) => r.call.id === ids.kemsing)).toMatchObject({
      overdueCount: 0,
      updateDue: false,
    });
  });

  it('honours the limit across several statuses', async () => {
    const rows = await listCalls(db, { status: ['new', 'open', 'closed'], now: NOW }, 2);
    expect(names(rows.map((r) => r.call.id))).toEqual(['updated', 'closed']);
  });
});

describe('getCallBundle', () => {
  it('gathers the call, its children, location and people with roles', async () => {
    const db = newTestDb();
    const id = await logCall(
      db,
      validCallInput({
        people: [
          { name: 'Pat Victim', role: 'victim' },
          { name: 'Sam Subject', role: 'subject' },
        ],
      }),
    );
    await addAction(db, id, { text: 'Visit', agencyId: 'kent-police', dueDate: '2026-03-20' });
    await addNote(db, id, 'First note');
    await addResidentUpdate(db, id, {
      at: '2026-03-05T10:00:00.000Z',
      method: 'phone',
      summary: 'Called',
    });
    const bundle = await getCallBundle(db, id);
    expect(bundle?.call.id).toBe(id);
    expect(bundle?.actions).toHaveLength(1);
    expect(bundle?.notes.map((n) => n.text)).toEqual(['First note']);
    expect(bundle?.updates).toHaveLength(1);
    expect(bundle?.location?.address).toBe('12 Caxton Close, Hartley');
    expect(bundle?.people.map((p) => [p.role, p.person?.name])).toEqual([
      ['victim', 'Pat Victim'],
      ['subject', 'Sam Subject'],
    ]);
    expect(await getCallBundle(db, '01900000-0000-7000-8000-000000000000')).toBeUndefined();
  });
});

describe('recentCallsFor', () => {
  it('finds repeats at a location within the window and not outside it', async () => {
    const db = newTestDb();
    const at = (d: string) => `${d}T10:00:00.000Z`;
    await logCall(db, validCallInput({ people: [], receivedAt: at('2025-11-01') }));
    await logCall(db, validCallInput({ people: [], receivedAt: at('2026-01-10') }));
    await logCall(db, validCallInput({ people: [], receivedAt: at('2026-02-20') }));
    // On the log-call form: the typed address, before the call exists.
    const form = await recentCallsFor(db, {
      normAddress: '12 Caxton Close, Hartley',
      wardCode: TEST_WARD,
      at: at('2026-03-01'),
    });
    expect(form.calls.map((c) => c.receivedAt)).toEqual([at('2026-02-20'), at('2026-01-10')]);
    expect(form.settings).toEqual({ calls: 3, windowDays: 90 });
    expect(form.isRepeat).toBe(true);
    expect(form.matches[0]).toMatchObject({ kind: 'location', isRepeat: true });
    // A different ward with the same street name is another place.
    const elsewhere = await recentCallsFor(db, {
      normAddress: '12 Caxton Close, Hartley',
      wardCode: OTHER_WARD,
      at: at('2026-03-01'),
    });
    expect(elsewhere).toMatchObject({ calls: [], isRepeat: false });
  });

  it('follows people, uses the thresholds row, and excludes the call in view', async () => {
    const db = newTestDb();
    const first = await logCall(db, validCallInput({ receivedAt: '2026-02-01T10:00:00.000Z' }));
    const personId = (await db.calls.get(first))?.personIds[0] as string;
    const second = await logCall(
      db,
      validCallInput({
        receivedAt: '2026-02-15T10:00:00.000Z',
        location: { address: 'Somewhere else', wardCode: OTHER_WARD },
        people: [{ personId, role: 'subject' }],
      }),
    );
    await db.table('thresholds').put({
      id: 'thresholds',
      active: true,
      repeatCalls: 2,
      repeatWindowDays: 30,
      caseReviewCalls: 3,
      caseReviewMonths: 6,
    });
    const call = await db.calls.get(second);
    const page = await recentCallsFor(db, {
      callId: second,
      locationId: call?.location.locationId,
      personIds: call?.personIds,
      at: call?.receivedAt as string,
    });
    expect(page.calls.map((c) => c.id)).toEqual([first]);
    expect(page.settings).toEqual({ calls: 2, windowDays: 30 });
    expect(page.matches.find((m) => m.kind === 'person')).toMatchObject({
      subjectId: personId,
      isRepeat: true,
      callIds: [first, second],
    });
    expect(page.matches.find((m) => m.kind === 'location')?.isRepeat).toBe(false);
  });
});

describe('referenceData', () => {
  it('falls back to the seeds before the first sync, then uses the synced active rows', async () => {
    const db = newTestDb();
    const seeded = await referenceData(db);
    expect(seeded.wards).toHaveLength(26);
    expect(seeded.agencies.some((a) => a.id === 'kent-police')).toBe(true);
    expect(seeded.categories.some((c) => c.id === 'noise')).toBe(true);
    expect(seeded.thresholds.repeatCalls).toBe(3);
    await db.table('wards').bulkPut([
      { id: 'E05005019', code: 'E05005019', name: 'Hartley', active: true },
      { id: 'E05005021', code: 'E05005021', name: 'Kemsing', active: false },
    ]);
    const synced = await referenceData(db);
    expect(synced.wards.map((w) => w.name)).toEqual(['Hartley']);
    // A deactivated ward is no longer offered, but records in it still show its name.
    expect(synced.names.wards).toEqual({ E05005019: 'Hartley', E05005021: 'Kemsing' });
  });
});
