import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { REFERRAL_FORM_ID } from '../../../../src/client/features/marac/referral-form-model';
import type { CsuDb } from '../../../../src/client/local-store/db';
import { loadDraft } from '../../../../src/client/local-store/drafts';
import { createMeeting, submitReferral } from '../../../../src/client/local-store/marac-repo';
import { signInFresh } from '../../render';
import { referralInput, renderMarac } from './render-marac';

const referral = referralInput('Sam Subject');

describe('Community MARAC screens', { timeout: 90_000 }, () => {
  let db: CsuDb;

  describe('as a PCSO (not a member)', () => {
    beforeEach(() => {
      ({ db } = signInFresh(['field'], 'kent-police'));
    });

    it('refers with every field, shows each problem at its field, and leaves no draft once saved', async () => {
      const { user, router } = renderMarac('/marac/refer');
      await screen.findByRole('heading', { name: 'Refer to the Community MARAC', level: 1 });
      await user.click(await screen.findByRole('button', { name: 'Send referral' }));
      const summary = await screen.findByRole('alert');
      const messages = within(summary)
        .getAllByRole('link')
        .map((l) => l.textContent);
      expect(messages).toEqual(
        expect.arrayContaining([
          'Select who or what the referral is about',
          'Enter subject name',
          'Select whether it is safe to call',
          'Select at least one criterion',
          'Select a risk level',
          'Select whether the subject consented to the referral',
          'Enter reason for referral',
        ]),
      );
      await user.click(screen.getByRole('radio', { name: 'A family' }));
      await user.type(
        screen.getByLabelText('Name of the person, family or location'),
        'The Smiths',
      );
      await user.click(
        within(screen.getByRole('group', { name: /safe to call/ })).getByRole('radio', {
          name: 'Not known',
        }),
      );
      await user.click(screen.getByRole('checkbox', { name: 'Substance misuse' }));
      await user.click(screen.getByRole('radio', { name: /^High/ }));
      await user.click(
        within(screen.getByRole('group', { name: /consented/ })).getByRole('radio', { name: 'No' }),
      );
      await user.type(
        screen.getByLabelText('Reason for the referral'),
        'Drug dealing from the flat',
      );
      await waitFor(async () => expect(await loadDraft(db, REFERRAL_FORM_ID)).toBeDefined());
      await user.click(screen.getByRole('button', { name: 'Send referral' }));
      expect(await screen.findAllByText('Say why consent was not given')).toHaveLength(2);
      await user.type(
        screen.getByLabelText(/Why was consent not given/),
        'Would put the victim at risk',
      );
      await user.click(screen.getByRole('button', { name: 'Send referral' }));
      await waitFor(() => expect(router.state.location.pathname).toBe('/marac/sent'));
      expect(await screen.findByText('1 referral is waiting to be sent.')).toBeInTheDocument();
      expect(await loadDraft(db, REFERRAL_FORM_ID)).toBeUndefined();
      const [row] = await db.outbox.toArray();
      expect(row).toMatchObject({ kind: 'create', table: 'maracReferrals' });
      expect(row?.payload).toMatchObject({
        subjectType: 'family',
        subjectName: 'The Smiths',
        consent: { given: false, whyNot: 'Would put the victim at risk' },
        riskLevel: 'high',
      });
    });

    it('opens no MARAC screen for a non-member, so nothing of a referral shows', async () => {
      await submitReferral(db, referral, REFERRAL_FORM_ID);
      renderMarac('/marac');
      expect(
        await screen.findByRole('heading', { name: 'You do not have access to this page' }),
      ).toBeInTheDocument();
      expect(screen.queryByText('Sam Subject')).not.toBeInTheDocument();
    });
  });

  describe('as a MARAC member', () => {
    beforeEach(() => {
      ({ db } = signInFresh(['marac'], 'wkha'));
    });

    it('accepts a referral, lists it for a meeting and records an action; opening it queues a view event', async () => {
      const id = await submitReferral(db, referral, REFERRAL_FORM_ID);
      await createMeeting(db, '2026-03-20');
      const { user } = renderMarac(`/marac/referrals/${id}`);
      await screen.findByRole('heading', { name: /Sam Subject/, level: 1 });
      await waitFor(async () =>
        expect((await db.outbox.toArray()).some((r) => r.table === 'viewEvents')).toBe(true),
      );
      await user.click(screen.getByRole('button', { name: 'Accept referral' }));
      await screen.findByRole('heading', { name: 'Meetings and outcome' });
      await user.selectOptions(
        screen.getByLabelText('List for a meeting'),
        'Meeting on 20 March 2026',
      );
      await user.click(screen.getByRole('button', { name: 'List for meeting' }));
      expect(await screen.findByText(/Listed for:/)).toBeInTheDocument();
      await user.type(screen.getByLabelText('Action'), 'Tenancy visit');
      await user.selectOptions(screen.getByLabelText('Agency'), 'West Kent Housing');
      await user.type(screen.getByLabelText('Due date'), '2026-04-10');
      await user.click(screen.getByRole('button', { name: 'Add action' }));
      expect(await screen.findByText('Tenancy visit')).toBeInTheDocument();
      const commands = (await db.outbox.toArray())
        .filter((r) => r.kind === 'command')
        .map((r) => (r.payload as { name: string }).name);
      expect(commands).toEqual(['referral.accept', 'referral.list']);
      // Closing with the action still open is refused, visibly.
      await user.click(screen.getByRole('radio', { name: 'Improved' }));
      await user.type(screen.getByLabelText('Reason for the outcome'), 'Calmer');
      await user.click(screen.getByRole('button', { name: 'Close case' }));
      expect(
        await screen.findAllByText(/Mark each open action as done, or minute it as incomplete/),
      ).not.toHaveLength(0);
    });
  });
});
