// sync.md test 6: a device clock wrong by a day changes neither ordering nor conflicts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { logCall, patchCall } from '../../src/client/local-store/calls-repo';
import { validCallInput } from '../local-store/factories';
import type { TestServer } from '../server/helpers';
import { SERVER_NOW, serverRecords, serverWith, signedInDevice, type Device } from './harness';

const DAY_MS = 24 * 60 * 60 * 1000;
const serverNow = new Date(SERVER_NOW).getTime();

let server: TestServer;
let fast: Device;
let slow: Device;

/** The device's own clock (Date only: IndexedDB and the server's fake clock are untouched). */
function deviceClock(offsetMs: number): void {
  vi.setSystemTime(serverNow + offsetMs);
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  server = await serverWith([
    { username: 'fast', roles: ['chair'] },
    { username: 'slow', roles: ['chair'] },
  ]);
  fast = await signedInDevice(server, 'fast');
  slow = await signedInDevice(server, 'slow');
});
afterEach(async () => {
  vi.useRealTimers();
  await server.close();
});

async function sharedCall(): Promise<string> {
  deviceClock(DAY_MS);
  const id = await logCall(fast.db, validCallInput());
  await fast.sync();
  deviceClock(-DAY_MS);
  await slow.sync();
  return id;
}

describe('device clocks', () => {
  it('the conflict goes to whichever device reaches the server second, whatever its clock says', async () => {
    const id = await sharedCall();
    deviceClock(DAY_MS); // a day fast: "tomorrow"
    await patchCall(fast.db, id, { summary: 'From the fast clock' });
    deviceClock(-DAY_MS); // a day slow: its edit claims to be two days older
    await patchCall(slow.db, id, { summary: 'From the slow clock' });
    const slowRow = await slow.db.outbox.where('recordId').equals(id).first();
    const fastRow = await fast.db.outbox.where('recordId').equals(id).first();
    expect(Date.parse(slowRow?.clientTime ?? '')).toBeLessThan(
      Date.parse(fastRow?.clientTime ?? ''),
    );

    // The slow device sends first: it wins, although its clientTime is the earliest.
    await slow.sync();
    deviceClock(DAY_MS);
    await fast.sync();
    expect((await serverRecords(server, 'calls')).get(id)?.data.summary).toBe(
      'From the slow clock',
    );
    expect((await fast.db.calls.get(id))?._sync?.conflicts).toEqual([
      expect.objectContaining({
        field: 'summary',
        serverValue: 'From the slow clock',
        mine: 'From the fast clock',
      }),
    ]);
    deviceClock(-DAY_MS);
    await slow.sync();
    expect((await slow.db.calls.get(id))?._sync?.conflicts).toBeUndefined();
    // Who and when are the server's: its clock, not the device's.
    expect((await serverRecords(server, 'calls')).get(id)?.data.updatedAt).toBe(SERVER_NOW);
  });

  it('mutations apply in the order they were made even when the clock jumps backwards between them', async () => {
    deviceClock(DAY_MS);
    const id = await logCall(fast.db, validCallInput({ summary: 'Made first' }));
    deviceClock(-2 * DAY_MS);
    await patchCall(fast.db, id, { summary: 'Made second' });
    deviceClock(-3 * DAY_MS);
    await patchCall(fast.db, id, { riskLevel: 'high' });
    const times = (await fast.db.outbox.toArray())
      .filter((r) => r.recordId === id)
      .map((r) => Date.parse(r.clientTime));
    expect(times[0]).toBeGreaterThan(times[1] ?? 0);
    expect(await fast.sync()).toEqual({ kind: 'ok' });
    expect((await serverRecords(server, 'calls')).get(id)?.data).toMatchObject({
      summary: 'Made second',
      riskLevel: 'high',
    });
    expect((await fast.db.calls.get(id))?._sync?.state).toBe('sent');
  });
});
