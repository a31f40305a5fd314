import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import { groupsRoutes } from '../../../../src/client/features/groups/routes';
import type { CsuDb } from '../../../../src/client/local-store/db';
import { addDays, londonDate } from '../../../../src/domain/dates';
import type { Role } from '../../../../src/domain/roles';
import type { Group, GroupItem } from '../../../../src/domain/schemas/groups';
import { expectNoAxeViolations } from '../../axe';
import { behindUnlock, seedCall, signInFresh } from '../../render';

/**
 * The group screens on the real device store: three calls at one address
 * make a suggestion for the chair; creating from it pre-fills the group;
 * dismissing asks for a reason and remembers it; the group page shows the
 * action plan with RAG (red when past its date) and takes meetings and
 * items; field users read but change nothing.
 */
const today = londonDate(new Date());
let db: CsuDb;

function renderAt(path: string) {
  const router = createMemoryRouter(behindUnlock(groupsRoutes), { initialEntries: [path] });
  const user = userEvent.setup({ delay: null });
  return { ...render(<RouterProvider router={router} />), router, user };
}

async function threeCallsAtCaxton() {
  for (const days of [20, 10, 1])
    await seedCall(db, {
      receivedAt: `${addDays(today, -days)}T10:00:00.000Z`,
      incidentDate: addDays(today, -days),
      location: { address: '4 Caxton Close, Hartley', wardCode: 'E05005019' },
      summary: 'Youths gathering by the garages',
    });
}

function as(roles: Role[], agencyId = 'sdc-csu') {
  ({ db } = signInFresh(roles, agencyId));
}

describe('Suggested groups (chair)', { timeout: 120_000 }, () => {
  beforeEach(() => as(['chair']));

  it('lists three calls at one address with its calls, and creating pre-fills the group', async () => {
    await threeCallsAtCaxton();
    const { container, user, router } = renderAt('/groups/suggested');
    const card = await screen.findByRole('region', { name: 'Location: 4 Caxton Close, Hartley' });
    expect(within(card).getByText(/3 calls between/)).toBeInTheDocument();
    expect(within(card).getAllByRole('link', { name: 'Reference pending' })).toHaveLength(3);
    await expectNoAxeViolations(container);

    await user.click(within(card).getByRole('link', { name: /Create group/ }));
    const title = await screen.findByLabelText('Title');
    expect(title).toHaveValue('4 Caxton Close, Hartley');
    await user.selectOptions(screen.getByLabelText('Lead agency'), 'wkha');
    await user.click(screen.getByLabelText('Kent Police'));
    await user.click(screen.getByRole('button', { name: 'Set up group' }));
    await screen.findByRole('heading', { level: 1, name: /4 Caxton Close, Hartley/ });
    const groups = (await db.recordTable('groups').toArray()) as Group[];
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({
      subjectType: 'location',
      leadAgencyId: 'wkha',
      memberAgencyIds: ['kent-police'],
      status: 'open',
    });
    expect(groups[0]!.triggerCallIds).toHaveLength(3);
    expect(router.state.location.pathname).toBe(`/groups/${groups[0]!.id}`);
  });

  it('dismissing asks for a reason, then the same calls are not suggested again', async () => {
    await threeCallsAtCaxton();
    const { user } = renderAt('/groups/suggested');
    const card = await screen.findByRole('region', { name: /Caxton Close/ });
    await user.click(within(card).getByRole('button', { name: /Dismiss/ }));
    await user.click(within(card).getByRole('button', { name: 'Dismiss suggestion' }));
    expect(
      (await within(card).findAllByText('Enter reason for dismissing')).length,
    ).toBeGreaterThan(0);
    expect(await db.recordTable('groupDismissals').count()).toBe(0);
    await user.type(
      within(card).getByLabelText('Why is no group needed?'),
      'One family, known to housing',
    );
    await user.click(within(card).getByRole('button', { name: 'Dismiss suggestion' }));
    expect(await screen.findByText(/No suggestions/)).toBeInTheDocument();
    expect(await db.recordTable('groupDismissals').count()).toBe(1);
  });

  it('keeps the new-group form as a draft: reopened, it is restored; saving forgets it', async () => {
    const first = renderAt('/groups/new');
    await first.user.type(await screen.findByLabelText('Title'), 'Modern Slavery');
    await first.user.type(screen.getByLabelText('Theme'), 'Modern Slavery');
    await first.user.click(screen.getByLabelText('Kent Police'));
    await waitFor(async () => expect(await db.drafts.get('group.new:theme')).toBeDefined());
    first.unmount();

    const { user, container } = renderAt('/groups/new');
    expect(await screen.findByText('This is the group you were setting up.')).toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toHaveValue('Modern Slavery');
    expect(screen.getByLabelText('Kent Police')).toBeChecked();
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('button', { name: 'Set up group' }));
    await screen.findByRole('heading', { level: 1, name: /Modern Slavery/ });
    expect(await db.drafts.get('group.new:theme')).toBeUndefined();
  });

  it('a draft can be thrown away with "Start again"', async () => {
    const first = renderAt('/groups/new');
    await first.user.type(await screen.findByLabelText('Theme'), 'County lines');
    await waitFor(async () => expect(await db.drafts.get('group.new:theme')).toBeDefined());
    first.unmount();
    const { user } = renderAt('/groups/new');
    await user.click(await screen.findByRole('button', { name: 'Start again' }));
    expect(screen.getByLabelText('Theme')).toHaveValue('');
    expect(await db.drafts.get('group.new:theme')).toBeUndefined();
  });

  it('a field user cannot open suggestions', async () => {
    as(['field'], 'kent-police');
    renderAt('/groups/suggested');
    expect(await screen.findByText('You do not have access to this page')).toBeInTheDocument();
  });
});

describe('A group page', { timeout: 120_000 }, () => {
  async function seedGroup(): Promise<string> {
    const { createGroup, addGroupItem } =
      await import('../../../../src/client/local-store/groups-repo');
    const id = await createGroup(db, {
      subjectType: 'theme',
      theme: 'Modern Slavery',
      title: 'Modern Slavery',
      triggerCallIds: [],
      leadAgencyId: 'wkha',
      memberAgencyIds: ['kent-police'],
    });
    await addGroupItem(db, id, {
      item: 'Joint visit to the car wash',
      leadAgencyId: 'kent-police',
      partnerAgencyIds: [],
      byDate: addDays(today, -1),
      rag: 'green',
    });
    return id;
  }

  it('shows an item past its date as red by itself, and the chair adds a meeting and an item', async () => {
    as(['chair']);
    const id = await seedGroup();
    const { container, user } = renderAt(`/groups/${id}`);
    expect(await screen.findByText('Red: overdue')).toBeInTheDocument();
    const stored = (await db.recordTable('groupItems').toArray()) as GroupItem[];
    expect(stored[0]!.rag).toBe('green');
    await expectNoAxeViolations(container);

    await user.type(screen.getByLabelText('Attendees'), 'PC Moore, J. Patel');
    await user.type(screen.getByLabelText('Minutes'), 'Agreed a joint visit.');
    await user.click(screen.getByRole('button', { name: 'Add meeting' }));
    expect(await screen.findByText('Agreed a joint visit.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add item' }));
    expect((await screen.findAllByText('Enter action plan item')).length).toBeGreaterThan(0);
    await user.type(screen.getByLabelText('Item'), 'Leaflet drop in Swanley');
    await user.selectOptions(screen.getAllByLabelText('Lead agency').at(-1)!, 'sdc-csu');
    await user.type(screen.getByLabelText('By when'), addDays(today, 30));
    await user.click(screen.getByRole('button', { name: 'Add item' }));
    expect(await screen.findByText('Leaflet drop in Swanley')).toBeInTheDocument();
    expect(await db.recordTable('groupItems').count()).toBe(2);
  });

  it('the lead agency closes the group with an outcome', async () => {
    as(['field'], 'wkha');
    const id = await seedGroup();
    const { user } = renderAt(`/groups/${id}`);
    await user.type(await screen.findByLabelText('Outcome'), 'Premises closed');
    await user.click(screen.getByRole('button', { name: 'Close group' }));
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Add meeting' })).not.toBeInTheDocument(),
    );
    expect(screen.getByText('Premises closed')).toBeInTheDocument();
    expect(((await db.recordTable('groups').get(id)) as Group).status).toBe('closed');
  });

  it('a field user of another agency reads the group but is offered no change', async () => {
    as(['field'], 'kent-police');
    const id = await seedGroup();
    renderAt(`/groups/${id}`);
    expect(await screen.findByText('Joint visit to the car wash')).toBeInTheDocument();
    for (const name of ['Add meeting', 'Add item', 'Close group', 'Change details'])
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
  });

  it('the printable summary lists open items with RAG and the last meeting', async () => {
    as(['chair']);
    const id = await seedGroup();
    const { container } = renderAt(`/groups/${id}/print`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Modern Slavery' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Open items (1)')).toBeInTheDocument();
    expect(screen.getByText('Red: overdue')).toBeInTheDocument();
    expect(screen.getByText('No meeting yet.')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });
});
