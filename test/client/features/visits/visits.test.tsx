import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import { callsRoutes } from '../../../../src/client/features/calls/routes';
import { visitsRoutes } from '../../../../src/client/features/visits/routes';
import type { CsuDb } from '../../../../src/client/local-store/db';
import { logVisit } from '../../../../src/client/local-store/visits-repo';
import { useSession } from '../../../../src/client/sync/session-store';
import { behindUnlock, seedCall, signInFresh, TEST_WARD } from '../../render';

let db: CsuDb;
beforeEach(() => {
  ({ db } = signInFresh(['field'], 'kent-police'));
  const user = useSession.getState().user;
  if (user) useSession.getState().setUser({ ...user, wards: [TEST_WARD] }, 'unlocked');
});

function renderVisits(path: string) {
  const router = createMemoryRouter(behindUnlock([...visitsRoutes, ...callsRoutes]), {
    initialEntries: [path],
  });
  const user = userEvent.setup({ delay: null });
  const view = render(<RouterProvider router={router} />);
  return { ...view, router, user };
}

async function violations(container: HTMLElement) {
  const result = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

async function openForm(path = '/visits/new') {
  const view = renderVisits(path);
  await screen.findByRole('heading', { name: 'Log a visit', level: 1 });
  await screen.findByLabelText('Notes');
  return view;
}

describe('Log a visit', { timeout: 90_000 }, () => {
  it('shows each problem at its field, keeps what was typed and saves nothing', async () => {
    const { user, container } = await openForm();
    await user.type(screen.getByLabelText('Notes'), 'x'.repeat(20));
    await user.clear(screen.getByLabelText('When'));
    await user.type(screen.getByLabelText('When'), '2099-01-01T10:00');
    await user.click(screen.getByRole('button', { name: 'Save visit' }));
    const summary = await screen.findByRole('alert');
    const messages = within(summary)
      .getAllByRole('link')
      .map((l) => l.textContent);
    expect(messages).toEqual(
      expect.arrayContaining([
        'Select the type of visit',
        'Date and time of the visit must be today or in the past',
        'Enter address or place',
        'Select a ward',
      ]),
    );
    expect(document.getElementById('at-error')).toHaveTextContent('must be today or in the past');
    expect(screen.getByLabelText('Notes')).toHaveValue('x'.repeat(20));
    expect(await db.visits.count()).toBe(0);
    expect(await violations(container)).toEqual([]);
  });

  it('saves a visit linked to a call; follow-up needed adds an action on that call', async () => {
    const callId = await seedCall(db);
    const { user, router } = await openForm(`/visits/new?callId=${callId}`);
    await user.click(screen.getByLabelText('Welfare visit'));
    await user.type(screen.getByLabelText('Address or place'), '12 High Street, Sevenoaks');
    await user.selectOptions(screen.getByLabelText('Ward'), TEST_WARD);
    await user.type(screen.getByLabelText('Notes'), 'Resident well; diary sheets collected.');
    await waitFor(() => expect(screen.getByLabelText('Call (optional)')).toHaveValue(callId));
    await user.click(screen.getByLabelText('Follow-up needed'));
    await user.type(screen.getByLabelText('What needs to happen next'), 'Chase the landlord');
    await user.click(screen.getByRole('button', { name: 'Save visit' }));
    await screen.findByRole('heading', { name: 'As recorded' });
    expect(router.state.location.pathname).toMatch(/^\/visits\/[0-9a-f-]{36}$/);
    const actions = await db.actions.where('callId').equals(callId).toArray();
    expect(actions.map((a) => [a.text, a.agencyId])).toEqual([
      ['Chase the landlord', 'kent-police'],
    ]);
    expect(await db.visits.where('callId').equals(callId).count()).toBe(1);
  });

  it('reopens a killed draft exactly as left, lists it on My day, and discards it only after a confirm', async () => {
    const first = await openForm();
    const path = first.router.state.location.pathname;
    await first.user.click(screen.getByLabelText('Patrol'));
    await first.user.type(screen.getByLabelText('Notes'), 'Quiet at the garages');
    first.unmount();

    const day = renderVisits('/my-day');
    const link = await screen.findByRole('link', { name: /Continue: Patrol/ });
    expect(link).toHaveAttribute('href', path);
    expect(await violations(day.container)).toEqual([]);
    day.unmount();

    const again = renderVisits(path);
    await screen.findByText('This is the visit you were logging.');
    expect(screen.getByLabelText('Patrol')).toBeChecked();
    expect(screen.getByLabelText('Notes')).toHaveValue('Quiet at the garages');
    await again.user.click(screen.getByRole('button', { name: 'Discard draft' }));
    const dialog = await screen.findByRole('dialog');
    await again.user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByLabelText('Notes')).toHaveValue('Quiet at the garages');
    await again.user.click(screen.getByRole('button', { name: 'Discard draft' }));
    await again.user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Discard draft' }),
    );
    await screen.findByText('No unfinished visits.');
    expect(await db.drafts.count()).toBe(0);
  });
});

describe('A visit and its amendments', { timeout: 90_000 }, () => {
  it('a correction is saved as an amendment; the page shows the original first and the amendment after', async () => {
    const id = await logVisit(db, {
      at: new Date(Date.now() - 3_600_000).toISOString(),
      address: '3 Mill Lane',
      wardCode: TEST_WARD,
      visitType: 'reassurance',
      notes: 'Spoke to two residents.',
      followUpNeeded: false,
      agencyId: 'kent-police',
    });
    const { user, container } = renderVisits(`/visits/${id}/amend`);
    await screen.findByRole('heading', { name: 'Correct a visit' });
    await waitFor(() =>
      expect(screen.getByLabelText('Notes')).toHaveValue('Spoke to two residents.'),
    );
    await user.clear(screen.getByLabelText('Notes'));
    await user.type(screen.getByLabelText('Notes'), 'Spoke to three residents.');
    await user.click(screen.getByRole('button', { name: 'Save amendment' }));
    await screen.findByRole('heading', { name: /Amendment 1/ });
    const text = container.textContent ?? '';
    expect(text.indexOf('Spoke to two residents.')).toBeGreaterThan(-1);
    expect(text.indexOf('Spoke to two residents.')).toBeLessThan(
      text.indexOf('Spoke to three residents.'),
    );
    expect((await db.visits.get(id))?.notes).toBe('Spoke to two residents.');
    expect(await db.visits.where('amendsId').equals(id).count()).toBe(1);
    expect(await violations(container)).toEqual([]);
  });
});
