import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../../src/domain/ids';
import { blindIndexOf, setActiveUser, type CsuDb } from '../../../../src/client/local-store/db';
import { withDerived } from '../../../../src/client/local-store/derived';
import { attachPhoto } from '../../../../src/client/local-store/photos-repo';
import { syncCounts } from '../../../../src/client/local-store/sync-counts';
import { logVisit } from '../../../../src/client/local-store/visits-repo';
import { syncReviewRoutes } from '../../../../src/client/features/sync-review/routes';
import { useSession } from '../../../../src/client/sync/session-store';
import { behindUnlock } from '../../render';
import { callData } from '../../../server/fixtures';

let db: CsuDb;
const otherUser = uuidv7();

function renderReview() {
  const router = createMemoryRouter(behindUnlock(syncReviewRoutes), {
    initialEntries: ['/review'],
  });
  return { ...render(<RouterProvider router={router} />), user: userEvent.setup({ delay: null }) };
}

/** A call as a push result leaves it: the server's values stored, one field in conflict. */
async function callInConflict(): Promise<string> {
  const id = uuidv7();
  const call = {
    id,
    ...callData({ summary: 'Their summary', reference: 'DT-2026-0007' }),
    updatedAt: '2026-03-05T09:30:00.000Z',
    updatedBy: otherUser,
    fieldSeqs: { summary: 42, riskLevel: 10 },
  };
  const conflict = {
    field: 'summary',
    serverValue: 'Their summary',
    serverBy: otherUser,
    serverSeq: 42,
    mine: 'My summary',
  };
  await db.open();
  await db.calls.put(
    withDerived(
      'calls',
      { ...call, _sync: { state: 'review', conflicts: [conflict] } },
      blindIndexOf(db),
    ) as never,
  );
  return id;
}

beforeEach(async () => {
  const userId = uuidv7();
  db = setActiveUser(userId);
  useSession
    .getState()
    .setUser(
      { id: userId, name: 'Me', username: 'me', agencyId: 'sdc-csu', roles: ['chair'], wards: [] },
      'unlocked',
    );
  await db
    .recordTable('users')
    .put({ id: otherUser, active: true, name: 'Robin Other', agencyId: 'kent-police', wards: [] });
});

describe('needs review', () => {
  it('shows both values, who and when; "keep theirs" clears the conflict and sends nothing', async () => {
    const id = await callInConflict();
    const { user } = renderReview();
    const card = await screen.findByRole('region', { name: 'Call: DT-2026-0007, Summary' });
    expect(
      within(card).getByText('Their summary (Robin Other on 5 March 2026 at 09:30)'),
    ).toBeInTheDocument();
    expect(within(card).getByText('My summary')).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Keep theirs' }));
    await screen.findByText(
      'Nothing needs review. Every change has been accepted or is waiting to send.',
    );
    const call = await db.calls.get(id);
    expect(call?.summary).toBe('Their summary');
    expect(call?._sync?.conflicts).toBeUndefined();
    expect(call?._sync?.state).toBe('sent');
    expect(await db.outbox.count()).toBe(0);
  });

  it('"use mine" queues a new patch based on the server’s latest seq', async () => {
    const id = await callInConflict();
    const { user } = renderReview();
    const card = await screen.findByRole('region', { name: 'Call: DT-2026-0007, Summary' });
    await user.click(within(card).getByRole('button', { name: 'Use mine' }));
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: /Summary/ })).not.toBeInTheDocument(),
    );
    const call = await db.calls.get(id);
    expect(call?.summary).toBe('My summary');
    expect(call?._sync?.conflicts).toBeUndefined();
    const [row] = await db.outbox.toArray();
    expect(row).toMatchObject({
      kind: 'patch',
      recordId: id,
      payload: { summary: 'My summary' },
      baseSeqs: { summary: 42 },
    });
  });

  it('lists a refused change with its reason and lets the person discard it (no axe violations)', async () => {
    const id = await callInConflict();
    await db.outbox.add({
      mutationId: uuidv7(),
      kind: 'patch',
      table: 'calls',
      recordId: id,
      payload: { riskLevel: 'high' },
      baseSeqs: { riskLevel: 10 },
      clientTime: '2026-03-05T10:00:00.000Z',
      status: 'rejected',
      attempts: 1,
      dependsOn: [],
      error: { code: 'forbidden', message: 'You do not have permission to do that.' },
    });
    const { user, container } = renderReview();
    const refused = await screen.findByRole('region', { name: 'Call: DT-2026-0007' });
    const axeResult = await axe.run(container, {
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });
    expect(axeResult.violations.map((v) => v.id)).toEqual([]);
    expect(within(refused).getByText('You do not have permission to do that.')).toBeInTheDocument();
    await user.click(within(refused).getByRole('button', { name: 'Discard this change' }));
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Call: DT-2026-0007' })).not.toBeInTheDocument(),
    );
    expect(await db.outbox.count()).toBe(0);
    expect(await db.calls.get(id)).toBeDefined();
  });

  it('discarding a refused visit also drops its photos, which could never be sent', async () => {
    const visitId = uuidv7();
    await attachPhoto(db, {
      id: uuidv7(),
      visitId,
      sha256: 'c'.repeat(64),
      blob: new Blob([new Uint8Array(3000)], { type: 'image/jpeg' }),
      type: 'image/jpeg',
      bytes: 3000,
      width: 1600,
      height: 1200,
      name: 'IMG_2043.jpg',
      keptLocation: false,
    });
    await logVisit(db, {
      id: visitId,
      at: '2026-03-05T09:00:00.000Z',
      address: 'Lay-by on Ash Road, Hartley',
      wardCode: 'E05005019',
      visitType: 'patrol',
      notes: 'Fly-tipping in the lay-by.',
      followUpNeeded: false,
      agencyId: 'sdc-csu',
    });
    const refusal = { code: 'invalid', message: 'Notes are required.' };
    await db.outbox
      .where('recordId')
      .equals(visitId)
      .modify({ status: 'rejected', error: refusal });
    await db.visits.update(visitId, { _sync: { state: 'rejected', error: refusal } });
    expect(await syncCounts(db)).toMatchObject({ waiting: 0, needsReview: 1 });

    const { user } = renderReview();
    await user.click(await screen.findByRole('button', { name: 'Discard this change' }));
    await waitFor(async () => expect(await db.visits.get(visitId)).toBeUndefined());
    expect(await db.photos.count()).toBe(0);
    expect(await syncCounts(db)).toEqual({ waiting: 0, needsReview: 0, unsynced: 0 });
  });
});
