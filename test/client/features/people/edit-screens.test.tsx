import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import { peopleRoutes } from '../../../../src/client/features/people/routes';
import type { CsuDb } from '../../../../src/client/local-store/db';
import { addLocation, addPerson } from '../../../../src/client/local-store/people-repo';
import type { Role } from '../../../../src/domain/roles';
import { expectNoAxeViolations } from '../../axe';
import { behindUnlock, signInFresh, TEST_WARD } from '../../render';

/**
 * Editing a person and a location on the real device store: each save runs
 * its command (queued for the server) and the "Changes" section lists each
 * field from and to; bad input is shown at its field and writes nothing;
 * the screens are the chair's and the ASB officer's only.
 */
let db: CsuDb;

function renderAt(path: string) {
  const router = createMemoryRouter(behindUnlock(peopleRoutes), { initialEntries: [path] });
  const user = userEvent.setup({ delay: null });
  return { ...render(<RouterProvider router={router} />), router, user };
}

const as = (roles: Role[]) => ({ db } = signInFresh(roles));

async function seedPerson(): Promise<string> {
  return addPerson(db, { name: 'Callum Reeves', aliases: ['Cal'], flags: [] });
}

describe('Change a person’s details', { timeout: 120_000 }, () => {
  beforeEach(() => as(['chair']));

  it('saves the changed fields with their history, and shows each change', async () => {
    const id = await seedPerson();
    const { user, container } = renderAt(`/people/${id}/edit`);
    expect(await screen.findByText('No changes since the record was made.')).toBeInTheDocument();
    await expectNoAxeViolations(container);
    const name = screen.getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Callum Reeve');
    await user.click(screen.getByLabelText('Vulnerable'));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText(/Changes saved on this device/)).toBeInTheDocument();

    const changes = await screen.findByRole('list', { name: 'Changes to this record' });
    expect(within(changes).getByText('Name: Callum Reeves → Callum Reeve')).toBeInTheDocument();
    expect(within(changes).getByText('Flags: none → Vulnerable')).toBeInTheDocument();
    const stored = await db.people.get(id);
    expect(stored).toMatchObject({ name: 'Callum Reeve', flags: ['vulnerable'] });
    expect(stored?.history).toHaveLength(1);
    const queued = await db.outbox.where('recordId').equals(id).toArray();
    expect(queued.map((m) => [m.kind, (m.payload as { name?: string }).name])).toContainEqual([
      'command',
      'person.update',
    ]);
    await expectNoAxeViolations(container);
  });

  it('shows a blank name and a date of birth in the future at their fields, and saves nothing', async () => {
    const id = await seedPerson();
    const { user } = renderAt(`/people/${id}/edit`);
    await user.clear(await screen.findByLabelText('Name'));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect((await screen.findAllByText('Enter name')).length).toBeGreaterThan(0);
    await user.type(screen.getByLabelText('Name'), 'Callum');
    await user.type(screen.getByLabelText('Date of birth (optional)'), '2099-01-01');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect((await screen.findAllByText(/Date of birth/)).length).toBeGreaterThan(1);
    expect((await db.people.get(id))?.name).toBe('Callum Reeves');
    expect((await db.people.get(id))?.history).toBeUndefined();
  });

  it('says so when nothing changed', async () => {
    const id = await seedPerson();
    const { user } = renderAt(`/people/${id}/edit`);
    await user.click(await screen.findByRole('button', { name: 'Save changes' }));
    expect((await screen.findAllByText(/Nothing has changed/)).length).toBeGreaterThan(0);
  });

  it('is not offered to a field user', async () => {
    as(['field']);
    const id = await seedPerson();
    renderAt(`/people/${id}/edit`);
    expect(await screen.findByText('You do not have access to this page')).toBeInTheDocument();
  });
});

describe('Change a location', { timeout: 120_000 }, () => {
  beforeEach(() => as(['asb_officer']));

  it('records a corrected address, and refuses one that another location already has', async () => {
    const id = await addLocation(db, { address: '4 Caxton Cl', wardCode: TEST_WARD });
    await addLocation(db, { address: '1 High Street, Sevenoaks', wardCode: TEST_WARD });
    const { user, container } = renderAt(`/locations/${id}/edit`);
    const address = await screen.findByLabelText('Address or place');
    await user.clear(address);
    await user.type(address, '1 High Street, Sevenoaks');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect((await screen.findAllByText(/merge the two instead/)).length).toBeGreaterThan(0);
    expect((await db.locations.get(id))?.address).toBe('4 Caxton Cl');

    await user.clear(address);
    await user.type(address, '4 Caxton Close, Hartley');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(
      await screen.findByText('Address: 4 Caxton Cl → 4 Caxton Close, Hartley'),
    ).toBeInTheDocument();
    expect((await db.locations.get(id))?.address).toBe('4 Caxton Close, Hartley');
    await expectNoAxeViolations(container);
  });
});
