import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CsuDb } from '../../../../src/client/local-store/db';
import { addAction } from '../../../../src/client/local-store/actions-repo';
import { OTHER_WARD, renderCalls, seedCall, signInFresh, TEST_WARD } from '../../render';
import { runCommand } from '../../../../src/client/local-store/command-runner';

let db: CsuDb;

const results = () => screen.findByRole('list', { name: 'Calls' });

async function seedMix() {
  const openHere = await seedCall(db, {
    summary: 'Open here',
    location: { address: '1 Open Road', wardCode: TEST_WARD },
  });
  await runCommand(db, 'call.open', openHere, {});
  await seedCall(db, {
    summary: 'New here',
    location: { address: '2 New Road', wardCode: TEST_WARD },
  });
  const openThere = await seedCall(db, {
    summary: 'Open there',
    location: { address: '3 Far Lane', wardCode: OTHER_WARD },
  });
  await runCommand(db, 'call.open', openThere, {});
  return { openHere, openThere };
}

describe('Calls list', { timeout: 90_000 }, () => {
  beforeEach(() => {
    ({ db } = signInFresh(['chair']));
  });

  it('narrows the list by the filters in the URL and shows them in the form', async () => {
    const { openHere } = await seedMix();
    renderCalls(`/calls?status=open&ward=${TEST_WARD}`);
    const list = await results();
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent('1 Open Road');
    expect(within(items[0]!).getByRole('link', { name: /Reference pending/ })).toHaveAttribute(
      'href',
      `/calls/${openHere}`,
    );
    expect(within(items[0]!).getByText('Open')).toBeInTheDocument();
    expect(within(items[0]!).getByText('Resident update due')).toBeInTheDocument();
    expect(within(items[0]!).getByText('Saved on this device')).toBeInTheDocument();
    expect(screen.getByLabelText('Open')).toBeChecked();
    expect(screen.getByLabelText('New')).not.toBeChecked();
    expect(screen.getByLabelText('Ward')).toHaveValue(TEST_WARD);
  });

  it('applying the filter form puts the filters in the URL; clearing them shows every call', async () => {
    await seedMix();
    const { user, router } = renderCalls('/calls');
    expect(within(await results()).getAllByRole('listitem')).toHaveLength(3);

    await user.click(screen.getByLabelText('New'));
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(router.state.location.search).toBe('?status=new');
    await screen.findByText('1 call');
    expect(within(await results()).getByRole('listitem')).toHaveTextContent('2 New Road');

    await user.click(screen.getAllByRole('link', { name: 'Clear filters' })[0]!);
    expect(router.state.location.search).toBe('');
    await screen.findByText('3 calls');
  });

  it('filters by overdue actions and keeps free text out of the URL', async () => {
    const { openThere } = await seedMix();
    await addAction(db, openThere, { text: 'Late', agencyId: 'sdc-csu', dueDate: '2026-01-01' });
    const { user, router } = renderCalls('/calls?overdue=yes');
    const item = within(await results()).getByRole('listitem');
    expect(item).toHaveTextContent('3 Far Lane');
    expect(within(item).getByText('1 overdue action')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Clear filters' }));
    await screen.findByText('3 calls');
    await user.type(screen.getByLabelText('Search'), 'new road');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    await screen.findByText('1 call');
    expect(within(await results()).getByRole('listitem')).toHaveTextContent('2 New Road');
    expect(router.state.location.search).toBe('');
    expect(screen.getByLabelText('Search')).toHaveValue('new road');
  });

  it('tells "no calls yet" apart from "no calls match"', async () => {
    const first = renderCalls('/calls');
    expect(await screen.findByText(/No calls logged yet/)).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Log a call' }).length).toBeGreaterThan(0);
    first.unmount();

    await seedCall(db);
    renderCalls('/calls?status=closed');
    expect(await screen.findByText(/No calls match these filters/)).toBeInTheDocument();
  });

  it('folds the filters into one "Filter" disclosure and shows the ones in use as tags that remove them', async () => {
    await seedMix();
    const { user, router } = renderCalls(`/calls?status=open&ward=${TEST_WARD}`);
    await results();
    const summary = screen.getByText('Filter (2 in use)');
    // Folded on a phone (no room beside the list), so the first call is on the first screen.
    expect(summary.closest('details')).not.toHaveAttribute('open');
    const tags = screen.getByRole('list', { name: 'Filters in use' });
    expect(
      within(tags)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Status: Open ×', 'Ward: Sevenoaks Eastern ×']);
    await user.click(
      screen.getByRole('button', { name: 'Remove filter: Ward: Sevenoaks Eastern' }),
    );
    expect(router.state.location.search).toBe('?status=open');
    await screen.findByText('2 calls');
    expect(screen.getByText('Filter (1 in use)')).toBeInTheDocument();
  });

  it('shows the first line of the summary and the repeat flag, and no "Sent" tag once nothing is pending', async () => {
    const address = { address: '9 Repeat Row', wardCode: TEST_WARD };
    for (const day of ['01', '02', '03'])
      await seedCall(db, {
        receivedAt: `2026-03-${day}T10:00:00.000Z`,
        incidentDate: `2026-03-${day}`,
        location: address,
        summary: `Noise again, day ${day}\nSecond line with more detail`,
      });
    const single = await seedCall(db, {
      location: { address: '1 Quiet Close', wardCode: OTHER_WARD },
      summary: 'A one-off',
    });
    // As the server sends it back: nothing pending, so no _sync marks.
    await db.calls.update(single, { _sync: undefined });
    renderCalls('/calls');
    const list = await results();
    const card = (text: string) =>
      within(list)
        .getAllByRole('listitem')
        .find((li) => li.textContent?.includes(text))!;
    await waitFor(() =>
      expect(within(card('Noise again, day 03')).getByText('Repeat')).toBeInTheDocument(),
    );
    expect(card('Noise again, day 03')).not.toHaveTextContent('Second line');
    expect(within(card('A one-off')).queryByText('Repeat')).not.toBeInTheDocument();
    expect(within(card('A one-off')).queryByText('Sent')).not.toBeInTheDocument();
    expect(
      within(card('Noise again, day 01')).getByText('Saved on this device'),
    ).toBeInTheDocument();
  });

  it('shows 100 calls at a time with "Show more calls"', async () => {
    for (let i = 0; i < 102; i++)
      await seedCall(db, {
        receivedAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
        incidentDate: '2026-01-01',
      });
    const { user } = renderCalls('/calls');
    // Text queries, not role queries, and a slow poll: every check walks 100 cards,
    // and checking every 50 ms starves fake-indexeddb of the time to answer.
    const slowPoll = { timeout: 15_000, interval: 1000 };
    await screen.findByText('Showing the newest 100 calls', {}, slowPoll);
    expect(screen.getAllByText(/^Reference pending/)).toHaveLength(100);
    await user.click(screen.getByText('Show more calls'));
    await screen.findByText('102 calls', {}, slowPoll);
    expect(screen.getAllByText(/^Reference pending/)).toHaveLength(102);
    expect(screen.queryByText('Show more calls')).not.toBeInTheDocument();
  });
});
