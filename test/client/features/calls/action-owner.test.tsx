import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../../src/domain/ids';
import type { CsuDb } from '../../../../src/client/local-store/db';
import { addAction } from '../../../../src/client/local-store/actions-repo';
import { renderCalls, seedCall, signInFresh } from '../../render';

let db: CsuDb;
const housingOfficer = uuidv7();
const formerOfficer = uuidv7();
const pcso = uuidv7();

async function openCall(id: string) {
  const view = renderCalls(`/calls/${id}`);
  await screen.findByRole('heading', { level: 2, name: 'Actions' }, { timeout: 15_000 });
  return view;
}

const actionsList = () => screen.getByRole('list', { name: 'Actions' });

describe('Action owners from the user directory', { timeout: 90_000 }, () => {
  beforeEach(async () => {
    ({ db } = signInFresh(['chair']));
    await db.recordTable('users').bulkPut([
      { id: housingOfficer, active: true, name: 'Priya Housing', agencyId: 'wkha', wards: [] },
      { id: formerOfficer, active: false, name: 'Gone Person', agencyId: 'wkha', wards: [] },
      { id: pcso, active: true, name: 'Sam Patrol', agencyId: 'kent-police', wards: [] },
    ]);
  });

  it('offers the active people of the chosen agency, or the agency itself, and shows the name', async () => {
    const id = await seedCall(db);
    const { user } = await openCall(id);
    const owner = screen.getByLabelText('Owner (optional)');
    expect(
      within(owner)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Leave it to the agency']);
    await user.type(screen.getByLabelText('What needs to be done'), 'Warning visit');
    await user.selectOptions(screen.getByLabelText('Agency'), 'wkha');
    expect(
      within(owner)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Leave it to the agency', 'Priya Housing']);
    await user.selectOptions(owner, housingOfficer);
    await user.type(screen.getByLabelText('Due date'), '2026-03-20');
    await user.click(screen.getByRole('button', { name: 'Add action' }));

    const item = await within(await screen.findByRole('list', { name: 'Actions' })).findByRole(
      'listitem',
    );
    expect(item).toHaveTextContent('OwnerPriya Housing');
    expect(item).not.toHaveTextContent(housingOfficer);
    expect((await db.actions.toArray())[0]).toMatchObject({ ownerId: housingOfficer });
  });

  it('goes back to the agency when the agency changes', async () => {
    const id = await seedCall(db);
    const { user } = await openCall(id);
    await user.selectOptions(screen.getByLabelText('Agency'), 'wkha');
    await screen.findByRole('option', { name: 'Priya Housing' });
    await user.selectOptions(screen.getByLabelText('Owner (optional)'), housingOfficer);
    await user.selectOptions(screen.getByLabelText('Agency'), 'kent-police');
    expect(screen.getByLabelText('Owner (optional)')).toHaveValue('');
  });

  it('shows an action left to the agency as such, and an unknown owner without its id', async () => {
    const id = await seedCall(db);
    await addAction(db, id, { text: 'Patrol', agencyId: 'kent-police', dueDate: '2026-03-10' });
    await addAction(db, id, {
      text: 'Letter',
      agencyId: 'wkha',
      ownerId: housingOfficer,
      dueDate: '2026-03-10',
    });
    await db.recordTable('users').delete(housingOfficer);
    await openCall(id);
    await within(actionsList()).findAllByText('someone not in the directory');
    const [left, unknown] = within(actionsList()).getAllByRole('listitem');
    expect(left).toHaveTextContent('OwnerThe agency');
    expect(unknown).toHaveTextContent('Ownersomeone not in the directory');
    expect(unknown).not.toHaveTextContent(housingOfficer);
  });

  it('refuses an owner outside the action’s agency or no longer active, on the device', async () => {
    const id = await seedCall(db);
    for (const ownerId of [pcso, formerOfficer])
      await expect(
        addAction(db, id, { text: 'Letter', agencyId: 'wkha', ownerId, dueDate: '2026-03-10' }),
      ).rejects.toMatchObject({ fields: { ownerId: expect.any(String) } });
    expect(await db.actions.count()).toBe(0);
  });
});
