import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CsuDb } from '../../../../src/client/local-store/db';
import { addAction } from '../../../../src/client/local-store/actions-repo';
import { runCommand } from '../../../../src/client/local-store/command-runner';
import { renderCalls, seedCall, signInFresh } from '../../render';

let db: CsuDb;

async function openCall(id: string) {
  const view = renderCalls(`/calls/${id}`);
  await screen.findByRole('heading', { level: 2, name: 'Chronology' }, { timeout: 15_000 });
  return view;
}

const chronology = () => screen.getByRole('list', { name: 'Chronology, newest first' });

describe('Call page: notes, resident updates and user text', { timeout: 90_000 }, () => {
  beforeEach(() => {
    ({ db } = signInFresh(['field'], 'kcc-wardens'));
  });

  it('adds a note, which appears first in the chronology', async () => {
    const id = await seedCall(db);
    const { user } = await openCall(id);
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter note');

    await user.type(screen.getByLabelText('Add a note'), 'Spoke to the neighbour on the doorstep.');
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    const first = await within(chronology()).findByText('Spoke to the neighbour on the doorstep.');
    expect(within(chronology()).getAllByRole('listitem')[0]).toContainElement(first);
    expect(screen.getByLabelText('Add a note')).toHaveValue('');
    expect(await db.callNotes.count()).toBe(1);
  });

  it('records a resident update with the reporter’s preferred method already chosen', async () => {
    const id = await seedCall(db);
    const { user } = await openCall(id);
    expect(screen.getByText('The resident has not been updated yet.')).toBeInTheDocument();
    const method = screen.getByRole('group', { name: 'How were they updated?' });
    expect(within(method).getByLabelText('Phone call')).toBeChecked();

    await user.type(
      screen.getByLabelText('What were they told?'),
      'Told her a warden will visit on Friday.',
    );
    await user.click(screen.getByRole('button', { name: 'Record update' }));
    await within(chronology()).findByText('Told her a warden will visit on Friday.');
    expect(within(chronology()).getByText('Resident updated (Phone call)')).toBeInTheDocument();
    expect(screen.getByText(/^Last updated/)).toBeInTheDocument();
    expect(await db.residentUpdates.count()).toBe(1);
  });

  it('an update recorded straight after the last action is completed clears "Resident update due" and lists above it', async () => {
    const id = await seedCall(db);
    const actionId = await addAction(db, id, {
      text: 'Visit the garages',
      agencyId: 'kcc-wardens',
      dueDate: '2026-03-10',
    });
    await runCommand(db, 'action.complete', actionId, { outcome: 'Visited; group moved on' });
    const { user } = await openCall(id);
    expect(screen.getAllByText('Resident update due').length).toBeGreaterThan(0);

    // The time is left as the form drew it: the update is the moment of saving.
    await user.type(screen.getByLabelText('What were they told?'), 'Told her about the visit.');
    await user.click(screen.getByRole('button', { name: 'Record update' }));
    const told = await within(chronology()).findByText('Told her about the visit.');
    expect(within(chronology()).getAllByRole('listitem')[0]).toContainElement(told);
    expect(screen.queryByText('Resident update due')).not.toBeInTheDocument();
    const [update] = await db.residentUpdates.toArray();
    const completedAt = (await db.actions.get(actionId))?.completedAt ?? '';
    expect(Date.parse(update?.at ?? '')).toBeGreaterThanOrEqual(Date.parse(completedAt));
  });

  it('does not offer a resident update for an anonymous call, and says why', async () => {
    const id = await seedCall(db, { reporter: { anonymous: true } });
    await openCall(id);
    expect(
      screen.getByText('This call was reported anonymously, so there is no resident to update.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record update' })).not.toBeInTheDocument();
    expect(screen.getByText('Anonymous')).toBeInTheDocument();
  });

  it('renders HTML typed into the summary and notes as plain text', async () => {
    const html = '<img src=x onerror="alert(1)"><b>bold</b>';
    const id = await seedCall(db, { summary: html });
    const { user, container } = await openCall(id);
    expect(screen.getByText(html)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Add a note'), '<script>alert(2)</script>');
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    await within(chronology()).findByText('<script>alert(2)</script>');
    expect(container.querySelector('img, b, script')).toBeNull();
  });

  it('shows "Call not found" with a way back for an unknown call', async () => {
    renderCalls('/calls/0190d5a0-0000-7000-8000-000000000000');
    expect(await screen.findByRole('heading', { name: 'Call not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to calls' })).toHaveAttribute('href', '/calls');
  });
});
