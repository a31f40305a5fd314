// issue 8 items 2 and 3: refused changes are counted apart from those waiting, per thing the person did.
import { afterEach, describe, expect, it } from 'vitest';
import { logCall, patchCall } from '../../src/client/local-store/calls-repo';
import { listReviewItems } from '../../src/client/sync/review';
import { validCallInput } from '../local-store/factories';
import type { TestServer } from '../server/helpers';
import { serverWith, signedInDevice } from './harness';

let server: TestServer;
afterEach(async () => {
  await server?.close();
});

describe('the header counts after a push', () => {
  it('a call logged with its new location and person waits as one change', async () => {
    server = await serverWith([{ username: 'pcso', roles: ['field'] }]);
    const phone = await signedInDevice(server, 'pcso');
    await logCall(phone.db, validCallInput());
    await phone.engine.refreshCounts();
    expect(phone.status.state).toMatchObject({ pendingCount: 1, reviewCount: 0 });
    expect(await phone.sync()).toEqual({ kind: 'ok' });
    expect(phone.status.state).toMatchObject({ pendingCount: 0, reviewCount: 0 });
  });

  it("a field user's refused edit counts as needing review, not as waiting or sent", async () => {
    server = await serverWith([{ username: 'pcso', roles: ['field'] }]);
    const phone = await signedInDevice(server, 'pcso');
    const callId = await logCall(phone.db, validCallInput());
    expect(await phone.sync()).toEqual({ kind: 'ok' });
    // Only the chair or an ASB officer may change a call's fields: the server refuses this.
    await patchCall(phone.db, callId, { summary: 'Edited by the PCSO after it was sent.' });
    expect(await phone.sync()).toEqual({ kind: 'ok' });

    expect(phone.status.state).toMatchObject({ pendingCount: 0, reviewCount: 1 });
    expect((await phone.db.calls.get(callId))?._sync?.state).toBe('rejected');
    const review = await listReviewItems(phone.db);
    expect(review.refused).toEqual([expect.objectContaining({ recordId: callId })]);
  });
});
