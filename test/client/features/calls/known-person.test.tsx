import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CsuDb } from '../../../../src/client/local-store/db';
import { emptyCallForm } from '../../../../src/client/features/calls/call-form-model';
import { NEW_CALL_FORM_ID } from '../../../../src/client/features/calls/use-call-draft';
import { saveDraft } from '../../../../src/client/local-store/drafts';
import { renderCalls, seedCall, signInFresh, TEST_WARD } from '../../render';

let db: CsuDb;
beforeEach(() => {
  ({ db } = signInFresh(['chair']));
});

describe('Log a call: people already on record', { timeout: 90_000 }, () => {
  it('offers a known person by name and links the new call to that person record', async () => {
    await seedCall(db, {
      people: [{ name: 'Morgan Reeve', dateOfBirth: '1990-03-04', role: 'subject' }],
    });
    const known = (await db.people.toArray())[0]!;
    // Start from a complete draft so the test only exercises the person choice.
    await saveDraft(db, NEW_CALL_FORM_ID, {
      ...emptyCallForm(),
      sourceAgencyId: 'kent-police',
      anonymous: true,
      address: '9 Other Road, Sevenoaks',
      wardCode: TEST_WARD,
      categoryIds: ['noise'],
      riskLevel: 'standard',
      summary: 'Same person again.',
    });
    const { user } = renderCalls('/calls/new');
    await screen.findByLabelText('Summary');
    await user.click(screen.getByRole('button', { name: 'Add a person' }));
    await user.type(screen.getByLabelText('Name'), 'Morgan');

    const choice = await screen.findByRole('group', { name: 'Is this someone already on record?' });
    await user.click(within(choice).getByLabelText('Morgan Reeve'));
    await user.click(within(screen.getByRole('group', { name: 'Role' })).getByLabelText('Subject'));
    await user.click(screen.getByRole('button', { name: 'Save call' }));
    await screen.findByRole('heading', { level: 1, name: /Reference pending/ });

    const calls = await db.calls.orderBy('receivedAt').toArray();
    const latest = calls.find((c) => c.summary === 'Same person again.')!;
    expect(latest.people).toEqual([{ personId: known.id, role: 'subject' }]);
    expect(await db.people.count()).toBe(1);
  });

  it('does not ask when nobody on record matches the typed name', async () => {
    const { user } = renderCalls('/calls/new');
    await screen.findByLabelText('Summary');
    await user.click(screen.getByRole('button', { name: 'Add a person' }));
    await user.type(screen.getByLabelText('Name'), 'Nobody Known');
    expect(
      screen.queryByRole('group', { name: 'Is this someone already on record?' }),
    ).not.toBeInTheDocument();
  });
});
