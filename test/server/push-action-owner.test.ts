import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actionData, callData, create, newId, patch, pushOne } from './fixtures';
import { makeTestServer, type TestServer } from './helpers';

let s: TestServer;
let chair: string;
let pcsoId: string;
let housingId: string;
let callId: string;
beforeEach(async () => {
  s = await makeTestServer({ now: '2026-03-02T10:00:00.000Z' });
  await s.createUser({ username: 'chair', roles: ['chair'] });
  pcsoId = (await s.createUser({ username: 'pcso', roles: ['field'], agencyId: 'kent-police' })).id;
  housingId = (await s.createUser({ username: 'housing', roles: ['field'], agencyId: 'wkha' })).id;
  chair = await s.login('chair');
  callId = newId();
  expect((await pushOne(s, chair, create('calls', callId, callData()))).status).toBe('applied');
});
afterEach(async () => {
  await s.close();
});

describe('push: an action’s owner', () => {
  it('accepts a user of the action’s agency, or no owner (left to the agency)', async () => {
    const owned = await pushOne(
      s,
      chair,
      create('actions', newId(), actionData(callId, { ownerId: pcsoId })),
    );
    expect(owned.status).toBe('applied');
    const left = await pushOne(s, chair, create('actions', newId(), actionData(callId)));
    expect(left.status).toBe('applied');
  });

  it('refuses an owner from another agency or not in the directory, at the field', async () => {
    for (const ownerId of [housingId, newId()]) {
      const r = await pushOne(
        s,
        chair,
        create('actions', newId(), actionData(callId, { ownerId })),
      );
      expect(r.status).toBe('rejected');
      expect(r.error?.code).toBe('invalid');
      expect(r.error?.fields).toHaveProperty('ownerId');
    }
  });

  it('checks a patch that moves the owner', async () => {
    const id = newId();
    const made = await pushOne(
      s,
      chair,
      create('actions', id, actionData(callId, { ownerId: pcsoId })),
    );
    const r = await pushOne(
      s,
      chair,
      patch('actions', id, { ownerId: housingId }, { ownerId: made.seq! }),
    );
    expect(r.status).toBe('rejected');
    expect(r.error?.fields).toHaveProperty('ownerId');
  });
});
