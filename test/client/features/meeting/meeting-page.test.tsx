import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import { meetingRoutes } from '../../../../src/client/features/meeting/routes';
import type { CsuDb } from '../../../../src/client/local-store/db';
import { addDays, londonDate } from '../../../../src/domain/dates';
import type { Action, Call } from '../../../../src/domain/schemas/calls';
import type { TaskingMeeting } from '../../../../src/domain/schemas/tasking';
import { expectNoAxeViolations } from '../../axe';
import { behindUnlock, seedCall, signInFresh } from '../../render';

/**
 * Meeting mode on the real device store: the chair starts a meeting with
 * the agencies attending, works the agenda from the keyboard (j/k, d, a,
 * n, c) or the buttons, and every decision lands on the meeting record
 * while the action and the closure are the call's own.
 */
const today = londonDate(new Date());
let db: CsuDb;

function renderMeeting() {
  const router = createMemoryRouter(behindUnlock(meetingRoutes), { initialEntries: ['/meeting'] });
  const user = userEvent.setup({ delay: null });
  return { ...render(<RouterProvider router={router} />), user };
}
const meetings = async () =>
  (await db.recordTable('taskingMeetings').toArray()) as unknown as TaskingMeeting[];

async function twoNewCalls() {
  await seedCall(db, {
    receivedAt: `${addDays(today, -2)}T10:00:00.000Z`,
    incidentDate: addDays(today, -2),
    location: { address: 'Kemsing Recreation Ground', wardCode: 'E05005023' },
    summary: 'Motorbikes on the recreation ground',
  });
  await seedCall(db, {
    receivedAt: `${addDays(today, -1)}T10:00:00.000Z`,
    incidentDate: addDays(today, -1),
    location: { address: '4 Caxton Close, Hartley', wardCode: 'E05005019' },
    summary: 'Youths gathering by the garages',
  });
}

describe('Meeting mode (chair)', { timeout: 120_000 }, () => {
  beforeEach(() => {
    ({ db } = signInFresh(['chair'], 'sdc-csu'));
  });

  it('starts a meeting with the agencies attending and lists the agenda with its shortcuts', async () => {
    await twoNewCalls();
    const { user, container } = renderMeeting();
    await screen.findByText(/Today’s agenda has 2 items/);
    expect(screen.getByTestId('last-meeting')).toHaveTextContent('No meeting has been recorded');
    await user.click(screen.getByLabelText('Kent Police'));
    await user.click(screen.getByLabelText('West Kent Housing'));
    await user.click(screen.getByRole('button', { name: 'Start the meeting' }));
    const list = await screen.findByRole('listbox', { name: 'Today’s agenda' });
    expect(within(list).getAllByRole('option')).toHaveLength(2);
    expect(within(screen.getByTestId('shortcuts')).getByText('mark discussed')).toBeInTheDocument();
    expect(await meetings()).toMatchObject([
      { date: today, status: 'open', attendingAgencyIds: ['kent-police', 'wkha'], items: [] },
    ]);
    await expectNoAxeViolations(container);
  });

  it('works the agenda from the keyboard: move, discuss, note, assign and close', async () => {
    await twoNewCalls();
    const { user } = renderMeeting();
    await user.click(await screen.findByRole('button', { name: 'Start the meeting' }));
    const list = await screen.findByRole('listbox', { name: 'Today’s agenda' });
    list.focus();
    await user.keyboard('j');
    const second = within(list).getAllByRole('option')[1]!;
    expect(second).toHaveAttribute('aria-selected', 'true');
    expect(second).toHaveTextContent('Caxton Close');

    await user.keyboard('d');
    await waitFor(async () => expect((await meetings())[0]!.items).toHaveLength(1));
    const calls = (await db.calls.toArray()) as Call[];
    const caxton = calls.find((c) => c.location.address.includes('Caxton'))!;
    expect(caxton).toMatchObject({ status: 'open', discussedOn: [today] });

    await user.keyboard('n');
    const note = await screen.findByLabelText('What the meeting decided');
    expect(note).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Save note' }));
    expect(await screen.findAllByText('Enter a note for this item')).not.toHaveLength(0);
    await user.type(note, 'Wardens to patrol the garages on Friday');
    await user.click(screen.getByRole('button', { name: 'Save note' }));
    expect(await screen.findByTestId('item-note')).toHaveTextContent('Wardens to patrol');

    list.focus();
    await user.keyboard('a');
    await user.type(await screen.findByLabelText('What needs to be done'), 'Patrol the garages');
    await user.selectOptions(screen.getByLabelText('Agency'), 'kcc-wardens');
    await user.type(screen.getByLabelText('Due date'), addDays(today, 7));
    await user.click(screen.getByRole('button', { name: 'Add action' }));
    await waitFor(async () =>
      expect((await meetings())[0]!.items[0]!.decisions).toEqual([
        'discussed',
        'noted',
        'actionAssigned',
      ]),
    );
    const actions = (await db.actions.toArray()) as Action[];
    expect(actions).toMatchObject([
      { callId: caxton.id, agencyId: 'kcc-wardens', text: 'Patrol the garages', status: 'open' },
    ]);
  });

  it('closes a call with the call’s own rule, minutes it, and closes the meeting', async () => {
    await twoNewCalls();
    const { user } = renderMeeting();
    await user.click(await screen.findByRole('button', { name: 'Start the meeting' }));
    await screen.findByRole('listbox', { name: 'Today’s agenda' });
    await user.click(screen.getByRole('button', { name: 'Close the call (c)' }));
    await user.type(await screen.findByLabelText('Reason for closing'), 'Resolved by the school');
    await user.click(screen.getByRole('button', { name: 'Close call' }));
    // A named reporter never updated: the call's own rule asks why before it closes.
    await user.type(
      await screen.findByLabelText('Why has the resident not been updated?'),
      'Reporter asked not to be contacted',
    );
    await user.click(screen.getByRole('button', { name: 'Close without an update' }));
    await waitFor(async () =>
      expect((await meetings())[0]!.items.map((i) => i.decisions)).toEqual([['callClosed']]),
    );
    expect((await db.calls.toArray()).filter((c) => c.status === 'closed')).toHaveLength(1);
    await waitFor(() =>
      expect(
        within(screen.getByRole('listbox', { name: 'Today’s agenda' })).getAllByRole('option'),
      ).toHaveLength(1),
    );
    await user.click(screen.getByRole('button', { name: 'Close the meeting' }));
    await screen.findByRole('button', { name: 'Start the meeting' });
    expect((await meetings())[0]).toMatchObject({ status: 'closed' });
    expect(screen.getByTestId('last-meeting')).toHaveTextContent('since the last meeting');
  });
});

describe('Meeting mode for other roles', () => {
  it('is not open to a field user', async () => {
    ({ db } = signInFresh(['field'], 'kent-police'));
    renderMeeting();
    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent(
      'Daily tasking meeting',
    );
  });
});
