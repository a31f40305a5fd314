import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../../../src/domain/roles';
import type { CallInputOverrides } from '../../../factories/calls';
import { OTHER_WARD, renderCalls, seedCall, signInFresh } from '../../render';

async function openCall(roles: Role[], people: CallInputOverrides['people'] = []) {
  const { db } = signInFresh(roles);
  const id = await seedCall(db, { people });
  const view = renderCalls(`/calls/${id}`);
  await screen.findByRole('heading', { level: 2, name: 'Chronology' }, { timeout: 15_000 });
  return { ...view, db, id };
}

const chronology = () => screen.getByRole('list', { name: 'Chronology, newest first' });

describe('Changing a call’s details', { timeout: 90_000 }, () => {
  it.each<[Role[]]>([[['chair']], [['asb_officer']]])(
    '%j changes the ward and risk; the chronology lists each change',
    async (roles) => {
      const { user, db, id } = await openCall(roles);
      await user.click(screen.getByRole('button', { name: 'Change call details' }));
      const form = screen.getByRole('region', { name: 'Change call details' });
      await user.selectOptions(within(form).getByLabelText('Ward'), OTHER_WARD);
      await user.click(within(form).getByLabelText('High'));
      await user.click(within(form).getByRole('button', { name: 'Save changes' }));

      const entry = await within(chronology()).findByText('Call details changed');
      const item = entry.closest('li')!;
      expect(item).toHaveTextContent('Ward: Sevenoaks Eastern → Hartley and Hodsoll Street');
      expect(item).toHaveTextContent('Risk: Standard → High');
      expect(item).not.toHaveTextContent('Summary');
      const call = await db.calls.get(id);
      expect(call?.location.wardCode).toBe(OTHER_WARD);
      expect(call?.riskLevel).toBe('high');
      // The patch and its explanation are both queued for the server.
      const queued = (await db.outbox.toArray()).map((r) => `${r.kind}:${r.table}`);
      expect(queued).toEqual(expect.arrayContaining(['patch:calls', 'create:callNotes']));
    },
  );

  it('adds a person, removes one and changes a role; the chronology names each change', async () => {
    const { user, db, id } = await openCall(
      ['asb_officer'],
      [
        { name: 'Alex Sample', role: 'subject' },
        { name: 'Robin Witness', role: 'witness' },
      ],
    );
    await user.click(screen.getByRole('button', { name: 'Change call details' }));
    const form = screen.getByRole('region', { name: 'Change call details' });
    const alexRole = within(form).getByRole('group', { name: 'Role of Alex Sample' });
    await user.click(within(alexRole).getByLabelText('Victim'));
    await user.click(within(form).getByRole('button', { name: 'Remove Robin Witness' }));
    expect(within(form).getByRole('button', { name: 'Add another person' })).toHaveFocus();
    await user.click(within(form).getByRole('button', { name: 'Add another person' }));
    await user.type(within(form).getByLabelText('Name'), 'Sam New');
    const role = within(form).getByRole('group', { name: 'Role' });
    await user.click(within(role).getByLabelText('Witness'));
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));

    const entry = await within(chronology()).findByText('Call details changed');
    const item = entry.closest('li')!;
    expect(item).toHaveTextContent('Role of Alex Sample: Subject → Victim');
    expect(item).toHaveTextContent('Person removed: Robin Witness (Witness)');
    expect(item).toHaveTextContent('Person added: Sam New (Witness)');
    const call = await db.calls.get(id);
    const names = await db.people.bulkGet(call!.people.map((p) => p.personId));
    expect(call!.people.map((p, i) => `${names[i]?.name}:${p.role}`)).toEqual([
      'Alex Sample:victim',
      'Sam New:witness',
    ]);
  });

  it('asks for the role of a person added without one, at the field', async () => {
    const { user, db, id } = await openCall(['chair']);
    await user.click(screen.getByRole('button', { name: 'Change call details' }));
    const form = screen.getByRole('region', { name: 'Change call details' });
    await user.click(within(form).getByRole('button', { name: 'Add a person' }));
    await user.type(within(form).getByLabelText('Name'), 'No Role');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Select the person’s role');
    expect(document.getElementById('people-0-role-error')).toHaveTextContent(
      'Select the person’s role',
    );
    expect((await db.calls.get(id))!.people).toEqual([]);
  });

  it('says so when nothing was changed, and writes nothing', async () => {
    const { user, db } = await openCall(['chair']);
    const before = await db.outbox.count();
    await user.click(screen.getByRole('button', { name: 'Change call details' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Change at least one detail, or cancel',
    );
    expect(await db.outbox.count()).toBe(before);
  });

  it('is not offered to a field officer', async () => {
    await openCall(['field']);
    expect(screen.queryByRole('button', { name: 'Change call details' })).not.toBeInTheDocument();
  });
});
