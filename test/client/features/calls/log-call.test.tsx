import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyCallForm } from '../../../../src/client/features/calls/call-form-model';
import { loadDraft, saveDraft } from '../../../../src/client/local-store/drafts';
import type { CsuDb } from '../../../../src/client/local-store/db';
import { NEW_CALL_FORM_ID } from '../../../../src/client/features/calls/use-call-draft';
import { renderCalls, signInFresh, TEST_WARD } from '../../render';

let db: CsuDb;
beforeEach(() => {
  ({ db } = signInFresh(['chair']));
});

async function openForm() {
  const view = renderCalls('/calls/new');
  await screen.findByRole('heading', { name: 'Log a call', level: 1 });
  await screen.findByLabelText('Summary');
  return view;
}

describe('Log a call', { timeout: 90_000 }, () => {
  it('lists every problem in an error summary that links to its field, and keeps what was typed', async () => {
    const { user } = await openForm();
    await user.type(screen.getByLabelText('Reporter’s name'), 'Jane Example');
    await user.click(screen.getByRole('button', { name: 'Save call' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    const links = within(summary).getAllByRole('link');
    const messages = links.map((l) => l.textContent);
    expect(messages).toEqual(
      expect.arrayContaining([
        'Select the source agency',
        'Enter a phone number, email or address for the reporter',
        'Select how the reporter wants to be updated',
        'Enter address or place',
        'Select a ward',
        'Select at least one category',
        'Select a risk level',
        'Enter summary',
      ]),
    );
    expect(messages).not.toContain('Enter the reporter’s name, or select anonymous');
    for (const link of links) {
      const id = link.getAttribute('href')!.slice(1);
      const field = document.getElementById(id);
      expect(field, `field for ${link.textContent}`).not.toBeNull();
      // The same message is shown at the field.
      expect(document.getElementById(`${id}-error`)).toHaveTextContent(link.textContent!);
    }
    await user.click(within(summary).getByRole('link', { name: 'Enter summary' }));
    expect(screen.getByLabelText('Summary')).toHaveFocus();
    expect(screen.getByLabelText('Reporter’s name')).toHaveValue('Jane Example');
    expect(await db.calls.count()).toBe(0);
  });

  it('hides the reporter fields for an anonymous reporter and does not ask for them', async () => {
    const { user } = await openForm();
    expect(screen.getByLabelText('Reporter’s name')).toBeInTheDocument();
    await user.click(screen.getByLabelText('The reporter wants to stay anonymous'));
    expect(screen.queryByLabelText('Reporter’s name')).not.toBeInTheDocument();
    expect(
      screen.queryByRole('group', { name: 'How do they want to be updated?' }),
    ).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save call' }));
    const summary = await screen.findByRole('alert');
    expect(summary).not.toHaveTextContent(/reporter/i);
  });

  it('saves a valid call, shows its page with "reference pending" and clears the draft', async () => {
    const { user, router } = await openForm();
    await user.selectOptions(
      screen.getByLabelText('Which agency passed on the call?'),
      'kent-police',
    );
    await user.click(screen.getByLabelText('The reporter wants to stay anonymous'));
    // Pasting, not typing, keeps this long journey quick in jsdom; typing is covered above.
    await user.click(screen.getByLabelText('Address or place'));
    await user.paste('3 Bank Street, Sevenoaks');
    await user.selectOptions(screen.getByLabelText('Ward'), TEST_WARD);
    await user.click(screen.getByText(/^More details/));
    await user.click(screen.getByRole('button', { name: 'Add a person' }));
    await user.type(screen.getByLabelText('Name'), 'Sam Person');
    await user.click(within(screen.getByRole('group', { name: 'Role' })).getByLabelText('Subject'));
    await user.type(screen.getByLabelText('Find a category'), 'noi');
    await user.click(screen.getByLabelText('Noise'));
    await user.click(screen.getByLabelText('Medium'));
    await user.click(screen.getByLabelText('Summary'));
    await user.paste('Music late at night.');
    await user.click(screen.getByRole('button', { name: 'Save call' }));

    await screen.findByRole(
      'heading',
      { level: 1, name: /Reference pending/ },
      { timeout: 15_000 },
    );
    expect(router.state.location.pathname).toMatch(/^\/calls\/[0-9a-f-]{36}$/);
    expect(screen.getByRole('alert')).toHaveTextContent(/Call logged/);
    // The person is a record now: their name links to their page.
    const person = screen.getByRole('link', { name: 'Sam Person' });
    expect(person.getAttribute('href')).toMatch(/^\/people\/[0-9a-f-]{36}$/);
    expect(person.parentElement).toHaveTextContent('Sam Person (Subject)');
    expect(screen.getByText('Saved on this device')).toBeInTheDocument();
    const calls = await db.calls.toArray();
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      riskLevel: 'medium',
      reporter: { anonymous: true },
      status: 'new',
    });
    await waitFor(async () => expect(await loadDraft(db, NEW_CALL_FORM_ID)).toBeUndefined());
  });

  it('folds the seldom-used fields under "More details", which opens by itself for an error or a value', async () => {
    await saveDraft(db, NEW_CALL_FORM_ID, {
      ...emptyCallForm(),
      summary: 'Incident date left empty',
      incidentDate: '',
    });
    const first = await openForm();
    const details = () => screen.getByText(/^More details/).closest('details')!;
    expect(details()).not.toHaveAttribute('open');
    await first.user.click(screen.getByRole('button', { name: 'Save call' }));
    const summary = await screen.findByRole('alert');
    expect(details()).toHaveAttribute('open');
    const link = within(summary).getByRole('link', { name: /incident date/i });
    await first.user.click(link);
    expect(screen.getByLabelText('Date of the incident')).toHaveFocus();
    first.unmount();

    // A value the user gave (a vulnerability) keeps it open when the draft comes back.
    await saveDraft(db, NEW_CALL_FORM_ID, {
      ...emptyCallForm(),
      summary: 'Vulnerable caller',
      vulnerabilityFlags: ['mental-health'],
    });
    await openForm();
    expect(details()).toHaveAttribute('open');
  });

  it('keeps a draft as the user types and restores it when the form is opened again', async () => {
    const first = await openForm();
    await first.user.type(screen.getByLabelText('Summary'), 'Half-typed summary');
    await waitFor(async () =>
      expect(await loadDraft(db, NEW_CALL_FORM_ID)).toMatchObject({
        summary: 'Half-typed summary',
      }),
    );
    first.unmount();
    await openForm();
    expect(screen.getByLabelText('Summary')).toHaveValue('Half-typed summary');
    expect(
      screen.getByText('We kept what you typed last time on this device.'),
    ).toBeInTheDocument();
  });

  it('keeps the form and explains when the phone is out of storage', async () => {
    await saveDraft(db, NEW_CALL_FORM_ID, {
      ...emptyCallForm(),
      sourceAgencyId: 'kent-police',
      anonymous: true,
      address: '3 Bank Street',
      wardCode: TEST_WARD,
      categoryIds: ['noise'],
      riskLevel: 'standard',
      summary: 'Typed with care',
    });
    const { user } = await openForm();
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const spy = vi.spyOn(db.calls, 'add').mockImplementation(() => Promise.reject(quota) as never);
    await user.click(screen.getByRole('button', { name: 'Save call' }));
    expect(await screen.findByText(/This phone is out of storage space/)).toBeInTheDocument();
    spy.mockRestore();
    expect(screen.getByLabelText('Summary')).toHaveValue('Typed with care');
    expect(screen.getByRole('heading', { level: 1, name: 'Log a call' })).toBeInTheDocument();
    expect(await db.calls.count()).toBe(0);
  });
});
