import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CsuDb } from '../../../../src/client/local-store/db';
import { addAction } from '../../../../src/client/local-store/actions-repo';
import { addResidentUpdate } from '../../../../src/client/local-store/notes-repo';
import { renderCalls, seedCall, signInFresh } from '../../render';
import { runCommand } from '../../../../src/client/local-store/command-runner';

let db: CsuDb;

async function openCall(id: string) {
  const view = renderCalls(`/calls/${id}`);
  await screen.findByRole('heading', { level: 2, name: 'Close the call' }, { timeout: 15_000 });
  return view;
}

/** A named caller, one action completed, and the resident told afterwards. */
async function callReadyToClose(updated: boolean): Promise<string> {
  const id = await seedCall(db);
  const actionId = await addAction(db, id, {
    text: 'Visit',
    agencyId: 'sdc-csu',
    dueDate: '2026-03-10',
  });
  await runCommand(db, 'action.complete', actionId, { outcome: 'Visited' });
  if (updated)
    await addResidentUpdate(db, id, {
      at: new Date(Date.now() + 1000).toISOString(),
      method: 'phone',
      summary: 'Told',
    });
  return id;
}

describe('Call page: closing', { timeout: 90_000 }, () => {
  beforeEach(() => {
    ({ db } = signInFresh(['chair']));
  });

  it('closes a call whose resident is up to date with a reason', async () => {
    const id = await callReadyToClose(true);
    const { user } = await openCall(id);
    await user.click(screen.getByRole('button', { name: 'Close call' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter reason for closing');

    await user.type(screen.getByLabelText('Reason for closing'), 'Noise stopped after the visit');
    await user.click(screen.getByRole('button', { name: 'Close call' }));
    expect(await screen.findByText('Closed: Noise stopped after the visit')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Close the call' })).not.toBeInTheDocument();
    expect(await db.calls.get(id)).toMatchObject({
      status: 'closed',
      closure: { reason: 'Noise stopped after the visit' },
    });
  });

  it('asks why the resident was not updated before closing, in a dialog that Esc dismisses', async () => {
    const id = await callReadyToClose(false);
    const { user } = await openCall(id);
    await user.type(screen.getByLabelText('Reason for closing'), 'Resolved');
    await user.click(screen.getByRole('button', { name: 'Close call' }));

    let dialog = await screen.findByRole('dialog', {
      name: 'The resident has not been updated since the last action',
    });
    const why = within(dialog).getByLabelText('Why has the resident not been updated?');
    expect(why).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect((await db.calls.get(id))?.status).toBe('new');

    await user.click(screen.getByRole('button', { name: 'Close call' }));
    dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Close without an update' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Enter why the resident has not been updated',
    );

    await user.type(
      within(dialog).getByLabelText('Why has the resident not been updated?'),
      'Phone number no longer works',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Close without an update' }));
    expect(await screen.findByText('Closed: Resolved')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect((await db.calls.get(id))?.closure).toMatchObject({
      reason: 'Resolved',
      noUpdateReason: 'Phone number no longer works',
    });
    expect(
      screen.getByText(/Resident not updated because: Phone number no longer works/),
    ).toBeInTheDocument();
  });

  it('shows the open-actions rule at the close form and does not close', async () => {
    const id = await seedCall(db, { reporter: { anonymous: true } });
    await addAction(db, id, { text: 'Still open', agencyId: 'sdc-csu', dueDate: '2026-03-10' });
    const { user } = await openCall(id);
    await user.type(screen.getByLabelText('Reason for closing'), 'Done');
    await user.click(screen.getByRole('button', { name: 'Close call' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Complete or cancel every open action before closing the call.',
    );
    expect(within(alert).getByRole('link')).toHaveAttribute('href', '#close-reason');
    expect((await db.calls.get(id))?.status).toBe('new');
  });

  it('records that the call was discussed at today’s meeting', async () => {
    const id = await seedCall(db);
    const { user } = await openCall(id);
    await user.click(screen.getByRole('button', { name: 'Discussed at today’s meeting' }));
    expect(await screen.findByText('Discussed at today’s meeting.')).toBeInTheDocument();
    const call = await db.calls.get(id);
    expect(call?.status).toBe('open');
    expect(call?.discussedOn).toHaveLength(1);
  });
});
