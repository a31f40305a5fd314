// issue 8 item 4: no push attempts while the browser reports offline.
import { afterEach, describe, expect, it } from 'vitest';
import { logCall } from '../../src/client/local-store/calls-repo';
import { validCallInput } from '../local-store/factories';
import type { TestServer } from '../server/helpers';
import { serverRecords, serverWith, signedInDevice } from './harness';

let server: TestServer;
afterEach(async () => {
  await server?.close();
});

describe('a device the browser reports offline', () => {
  it('makes no request at all, says why, and sends everything once back online', async () => {
    server = await serverWith([{ username: 'pcso', roles: ['field'] }]);
    const network = { online: false };
    const phone = await signedInDevice(server, 'pcso', {
      engine: { isOnline: () => network.online },
    });
    await logCall(phone.db, validCallInput());
    const before = phone.transport.log.length;

    expect(await phone.sync()).toEqual({ kind: 'offline' });
    expect(await phone.sync()).toEqual({ kind: 'offline' });
    expect(phone.transport.log.slice(before)).toEqual([]);
    expect(phone.status.state).toMatchObject({ phase: 'offline', pendingCount: 1 });
    expect(phone.status.state.lastError).toMatch(/saved on this device/);

    network.online = true;
    expect(await phone.sync()).toEqual({ kind: 'ok' });
    expect((await serverRecords(server, 'calls')).size).toBe(1);
    expect(phone.status.state).toMatchObject({ phase: 'idle', pendingCount: 0, lastError: null });
  });
});
