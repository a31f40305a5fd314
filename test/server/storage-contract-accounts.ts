/**
 * Part of the storage contract (storage-contract.ts runs it on every
 * backend): users, devices, sessions, client bindings and the sign-in
 * failure counters.
 */
import { expect, it } from 'vitest';
import type { Storage } from '../../src/server/storage/types';
import { AT, user } from './storage-contract-rows';

export function accountContract(storage: () => Storage): void {
  it('keeps users, devices, sessions and client bindings', async () => {
    await storage().transaction(async (tx) => {
      await tx.insertUser(user('u1', 'helen'));
      await tx.insertDevice({
        id: 'd1',
        userId: 'u1',
        name: 'Phone',
        createdAt: AT,
        lastSeenAt: AT,
        revokedAt: null,
      });
      await tx.insertSession({
        tokenHash: 'h1',
        userId: 'u1',
        deviceId: 'd1',
        createdAt: AT,
        lastSeenAt: AT,
        scopeEpoch: 3,
      });
      await tx.bindClient({ clientId: 'c1', userId: 'u1', deviceId: 'd1', boundAt: AT });
    });
    await expect(
      storage().transaction((tx) => tx.insertUser(user('u2', 'helen'))),
    ).rejects.toThrow();
    const found = await storage().transaction(async (tx) => ({
      byName: await tx.getUserByUsername('helen'),
      session: await tx.getSession('h1'),
      binding: await tx.getClientBinding('c1'),
    }));
    expect(found.byName).toMatchObject({
      id: 'u1',
      roles: ['chair'],
      wards: ['E05005008'],
      active: true,
    });
    expect(found.session).toMatchObject({ userId: 'u1', deviceId: 'd1', scopeEpoch: 3 });
    expect(found.binding).toMatchObject({ userId: 'u1' });
    await storage().transaction(async (tx) => {
      await tx.updateUser({ ...user('u1', 'helen'), roles: ['field'], scopeEpoch: 2 });
      await tx.updateDevice({
        id: 'd1',
        userId: 'u1',
        name: 'Phone',
        createdAt: AT,
        lastSeenAt: AT,
        revokedAt: AT,
      });
      await tx.deleteSessionsForUser('u1');
    });
    const after = await storage().transaction(async (tx) => ({
      user: await tx.getUser('u1'),
      device: await tx.getDevice('d1'),
      session: await tx.getSession('h1'),
    }));
    expect(after.user).toMatchObject({ roles: ['field'], scopeEpoch: 2 });
    expect(after.device?.revokedAt).toBe(AT);
    expect(after.session).toBeUndefined();
  });

  it('keeps sign-in failure counters by key and prunes stale ones', async () => {
    await storage().transaction(async (tx) => {
      await tx.putLoginCounter({
        key: 'account:helen',
        failures: 1,
        windowStart: AT,
        lastFailureAt: AT,
      });
      await tx.putLoginCounter({
        key: 'account:helen',
        failures: 2,
        windowStart: AT,
        lastFailureAt: '2026-03-02T10:05:00.000Z',
      });
      await tx.putLoginCounter({
        key: 'address:192.0.2.1',
        failures: 7,
        windowStart: AT,
        lastFailureAt: AT,
      });
    });
    expect(await storage().transaction((tx) => tx.getLoginCounter('account:helen'))).toEqual({
      key: 'account:helen',
      failures: 2,
      windowStart: AT,
      lastFailureAt: '2026-03-02T10:05:00.000Z',
    });
    const pruned = await storage().transaction((tx) =>
      tx.pruneLoginCounters('2026-03-02T10:01:00.000Z'),
    );
    expect(pruned).toBe(1);
    expect(
      await storage().transaction((tx) => tx.getLoginCounter('address:192.0.2.1')),
    ).toBeUndefined();
    await storage().transaction((tx) => tx.deleteLoginCounter('account:helen'));
    expect(
      await storage().transaction((tx) => tx.getLoginCounter('account:helen')),
    ).toBeUndefined();
  });
}
