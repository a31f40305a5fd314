import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CsuDb } from '../../../../src/client/local-store/db';
import { addAction } from '../../../../src/client/local-store/actions-repo';
import { renderCalls, seedCall, signInFresh } from '../../render';

let db: CsuDb;

async function openCall(id: string) {
  const view = renderCalls(`/calls/${id}`);
  await screen.findByRole('heading', { level: 2, name: 'Actions' }, { timeout: 15_000 });
  return view;
}

function actionsList() {
  return screen.getByRole('list', { name: 'Actions' });
}

describe('Call page: actions', { timeout: 90_000 }, () => {
  beforeEach(() => {
    ({ db } = signInFresh(['chair']));
  });

  it('adds an action, then completes it with an outcome', async () => {
    const id = await seedCall(db);
    const { user } = await openCall(id);
    expect(screen.getByText('No actions yet.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add action' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter action' })).toHaveAttribute(
      'href',
      '#action-text',
    );

    await user.type(
      screen.getByLabelText('What needs to be done'),
      'Visit the flat and speak to the tenant',
    );
    await user.selectOptions(screen.getByLabelText('Agency'), 'wkha');
    await user.type(screen.getByLabelText('Due date'), '2026-03-20');
    await user.click(screen.getByRole('button', { name: 'Add action' }));

    const item = await within(await screen.findByRole('list', { name: 'Actions' })).findByRole(
      'listitem',
    );
    expect(item).toHaveTextContent('Action 1: Visit the flat and speak to the tenant');
    expect(item).toHaveTextContent('West Kent Housing');
    expect(item).toHaveTextContent('20 March 2026');
    expect(within(item).getByText('Open')).toBeInTheDocument();
    expect(screen.getByLabelText('What needs to be done')).toHaveValue('');

    await user.click(within(item).getByRole('button', { name: 'Complete action 1' }));
    await user.type(
      within(item).getByLabelText('Outcome of action 1'),
      'Tenant agreed to keep music down',
    );
    await user.click(within(item).getByRole('button', { name: 'Save outcome for action 1' }));

    await within(actionsList()).findByText('Done');
    expect(actionsList()).toHaveTextContent('Tenant agreed to keep music down');
    expect(
      within(actionsList()).queryByRole('button', { name: /Complete/ }),
    ).not.toBeInTheDocument();
    const chronology = screen.getByRole('list', { name: 'Chronology, newest first' });
    expect(within(chronology).getAllByRole('listitem')[0]).toHaveTextContent(
      'Action completed: Visit the flat and speak to the tenant',
    );
    expect((await db.actions.toArray())[0]).toMatchObject({
      status: 'done',
      outcome: 'Tenant agreed to keep music down',
    });
  });

  it('cancels an action with a reason, and asks for the reason first', async () => {
    const id = await seedCall(db);
    await addAction(db, id, { text: 'Check CCTV', agencyId: 'sdc-cctv', dueDate: '2026-03-10' });
    const { user } = await openCall(id);
    const item = within(actionsList()).getByRole('listitem');
    await user.click(within(item).getByRole('button', { name: 'Cancel action 1' }));
    await user.click(within(item).getByRole('button', { name: 'Cancel action for action 1' }));
    expect(await within(item).findByRole('alert')).toHaveTextContent('Enter reason for cancelling');

    await user.type(
      within(item).getByLabelText('Why is action 1 being cancelled?'),
      'Camera not covering that road',
    );
    await user.click(within(item).getByRole('button', { name: 'Cancel action for action 1' }));
    await within(actionsList()).findByText('Cancelled');
    expect(actionsList()).toHaveTextContent('Camera not covering that road');
    expect((await db.actions.toArray())[0]).toMatchObject({ status: 'cancelled' });
  });

  it('offers complete and cancel only to the chair or a user of the action’s agency', async () => {
    ({ db } = signInFresh(['field'], 'kent-police'));
    const id = await seedCall(db);
    await addAction(db, id, {
      text: 'Police patrol',
      agencyId: 'kent-police',
      dueDate: '2026-03-10',
    });
    await addAction(db, id, { text: 'Housing letter', agencyId: 'wkha', dueDate: '2026-03-10' });
    await openCall(id);
    const [mine, theirs] = within(actionsList()).getAllByRole('listitem');
    expect(within(mine!).getByRole('button', { name: 'Complete action 1' })).toBeInTheDocument();
    expect(within(theirs!).queryByRole('button', { name: /Complete/ })).not.toBeInTheDocument();
    expect(within(theirs!).queryByRole('button', { name: /Cancel/ })).not.toBeInTheDocument();
    // Closing is the chair's alone.
    expect(screen.queryByRole('heading', { name: 'Close the call' })).not.toBeInTheDocument();
  });

  it('marks an open action past its due date as overdue', async () => {
    const id = await seedCall(db);
    await addAction(db, id, { text: 'Old action', agencyId: 'sdc-csu', dueDate: '2026-01-02' });
    await openCall(id);
    expect(within(actionsList()).getByText('Overdue')).toBeInTheDocument();
  });
});
