// Member screens beyond the decision: linking the subject to person records, the meeting's
// agenda, minuting an earlier action there and its printable record, and the decision history.
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { REFERRAL_FORM_ID } from '../../../../src/client/features/marac/referral-form-model';
import { runCommand } from '../../../../src/client/local-store/command-runner';
import type { CsuDb } from '../../../../src/client/local-store/db';
import {
  addMaracAction,
  createMeeting,
  submitReferral,
} from '../../../../src/client/local-store/marac-repo';
import { addPerson } from '../../../../src/client/local-store/people-repo';
import { expectNoAxeViolations } from '../../axe';
import { signInFresh } from '../../render';
import { referralInput, renderMarac } from './render-marac';

const referral = referralInput('Jordan Blake');

const outboxTables = async (db: CsuDb) => (await db.outbox.toArray()).map((r) => r.table);

describe('Community MARAC casework screens', { timeout: 90_000 }, () => {
  let db: CsuDb;

  describe('linking to person records', () => {
    it('a member who also works calls links the subject to a person record, as a MARAC record', async () => {
      ({ db } = signInFresh(['marac', 'chair'], 'sdc-csu'));
      const personId = await addPerson(db, { name: 'Jordan Blake', dateOfBirth: '1991-05-02' });
      await addPerson(db, { name: 'Jordan Smith' });
      const id = await submitReferral(db, referral, REFERRAL_FORM_ID);
      const { user, container } = renderMarac(`/marac/referrals/${id}/people`);
      await screen.findByRole('heading', { name: 'Link Jordan Blake to person records' });
      expect(screen.getByText('Not linked to any person record yet.')).toBeInTheDocument();
      const matches = await screen.findByRole('list', { name: 'Matching person records' });
      expect(within(matches).getByText('Jordan Blake')).toBeInTheDocument();
      expect(within(matches).queryByText('Jordan Smith')).not.toBeInTheDocument();
      await expectNoAxeViolations(container);
      await user.click(screen.getByRole('button', { name: 'Link Jordan Blake' }));
      expect(await within(matches).findByText('Linked')).toBeInTheDocument();
      const links = await db.recordTable('maracSubjectLinks').toArray();
      expect(links).toMatchObject([{ referralId: id, personId }]);
      expect(await outboxTables(db)).toContain('maracSubjectLinks');
      // Opening the screen shows the referral, so it is a view like any other.
      expect(await outboxTables(db)).toContain('viewEvents');
      // The person record itself carries nothing of the referral.
      expect(JSON.stringify(await db.people.get(personId))).not.toContain(id);
      await user.clear(screen.getByLabelText('Name or alias'));
      await user.type(screen.getByLabelText('Name or alias'), 'Nobody Here');
      expect(await screen.findByText(/No person record on this device matches/)).toBeVisible();
    });

    it('a member with no person records on the device is told why none match', async () => {
      ({ db } = signInFresh(['marac'], 'wkha'));
      const id = await submitReferral(db, referral, REFERRAL_FORM_ID);
      renderMarac(`/marac/referrals/${id}/people`);
      expect(
        await screen.findByText(/a member\s+who does not work calls may hold none/),
      ).toBeVisible();
    });

    it('a non-member cannot open the linking screen', async () => {
      ({ db } = signInFresh(['field'], 'kent-police'));
      const id = await submitReferral(db, referral, REFERRAL_FORM_ID);
      renderMarac(`/marac/referrals/${id}/people`);
      expect(await screen.findByText(/do not have access/i)).toBeInTheDocument();
      expect(screen.queryByText(/Jordan Blake/)).not.toBeInTheDocument();
    });
  });

  describe('meetings', () => {
    beforeEach(() => {
      ({ db } = signInFresh(['marac'], 'wkha'));
    });

    it('an action agreed at one meeting is minuted incomplete at the next, and both show in its record', async () => {
      const id = await submitReferral(db, referral, REFERRAL_FORM_ID);
      const first = await createMeeting(db, '2026-02-19');
      const second = await createMeeting(db, '2026-03-19');
      await runCommand(db, 'referral.accept', id, {});
      await runCommand(db, 'referral.list', id, { meetingId: first });
      await addMaracAction(db, id, {
        agencyId: 'wkha',
        text: 'Tenancy visit',
        dueDate: '2026-03-12',
        owner: 'A. Officer',
        meetingId: first,
      });
      const { user, container } = renderMarac(`/marac/meetings/${second}`);
      await screen.findByRole('heading', { name: /meeting, 19 March 2026/ });
      await expectNoAxeViolations(container);
      // Minuting needs a reason, shown at the action's own control.
      await user.click(screen.getByRole('button', { name: 'Minute at 19 March 2026' }));
      expect(await screen.findAllByText('Select why it was not completed')).not.toHaveLength(0);
      await user.selectOptions(
        screen.getByLabelText('Minute as incomplete'),
        'Agency did not complete',
      );
      await user.click(screen.getByRole('button', { name: 'Minute at 19 March 2026' }));
      const record = screen.getByRole('region', { name: 'Actions at this meeting' });
      expect(
        await within(record).findByText(
          /Jordan Blake: Tenancy visit – .*\(A\. Officer\), due 12 March 2026: Agency did not complete/,
        ),
      ).toBeInTheDocument();
      const [action] = await db.recordTable('maracActions').toArray();
      expect(action).toMatchObject({ status: 'not_completed', reviewedAtMeetingId: second });
    });

    it('refuses an action due on or after the next meeting, at the field', async () => {
      const id = await submitReferral(db, referral, REFERRAL_FORM_ID);
      const first = await createMeeting(db, '2026-02-19');
      await createMeeting(db, '2026-03-19');
      await runCommand(db, 'referral.accept', id, {});
      await runCommand(db, 'referral.list', id, { meetingId: first });
      const { user } = renderMarac(`/marac/referrals/${id}`);
      await screen.findByRole('heading', { name: /Jordan Blake/, level: 1 });
      expect(screen.getByText('Before the next meeting on 19 March 2026')).toBeInTheDocument();
      await user.type(screen.getByLabelText('Action'), 'Tenancy visit');
      await user.selectOptions(screen.getByLabelText('Agency'), 'West Kent Housing');
      await user.type(screen.getByLabelText('Due date'), '2026-03-19');
      await user.click(screen.getByRole('button', { name: 'Add action' }));
      expect(
        await screen.findAllByText('Set a due date before the next meeting on 19 March 2026'),
      ).not.toHaveLength(0);
      expect(await db.recordTable('maracActions').count()).toBe(0);
    });

    it('prints the minutes as saved, with chair, attendees and apologies by agency', async () => {
      const meetingId = await createMeeting(db, '2026-03-19');
      const { user } = renderMarac(`/marac/meetings/${meetingId}`);
      await screen.findByRole('heading', { name: /meeting, 19 March 2026/ });
      await user.type(screen.getByLabelText('Chair'), 'Sam Chair');
      await user.click(screen.getByRole('button', { name: 'Add an attendee' }));
      await user.selectOptions(screen.getByLabelText('Agency 1'), 'West Kent Housing');
      await user.type(screen.getByLabelText('Name 1'), 'Alex Housing');
      await user.click(screen.getByRole('button', { name: 'Add apologies' }));
      const apologies = screen.getByRole('group', { name: 'Apologies' });
      await user.selectOptions(within(apologies).getByLabelText('Agency 1'), 'Kent Police');
      await user.type(within(apologies).getByLabelText('Name 1'), 'Pat Police');
      await user.click(screen.getByRole('button', { name: 'Save minutes' }));
      expect(await screen.findByText('Minutes saved.')).toBeInTheDocument();
      const printed = screen.getByRole('region', { name: 'Minutes as saved' });
      expect(within(printed).getByText('Sam Chair')).toBeInTheDocument();
      expect(within(printed).getByText('Alex Housing (West Kent Housing)')).toBeInTheDocument();
      expect(within(printed).getByText('Pat Police (Kent Police)')).toBeInTheDocument();
    });
  });

  it('lists the decisions the server recorded, oldest first', async () => {
    ({ db } = signInFresh(['marac'], 'wkha'));
    const id = await submitReferral(db, referral, REFERRAL_FORM_ID);
    const meetingId = await createMeeting(db, '2026-03-19');
    // As a pull delivers them: the server adds one row per referral.* command.
    await db.recordTable('maracDecisions').bulkPut([
      {
        id: '01900000-0000-7000-8000-000000000002',
        referralId: id,
        decision: 'listed',
        meetingId,
        date: '2026-03-10',
      },
      {
        id: '01900000-0000-7000-8000-000000000001',
        referralId: id,
        decision: 'accepted',
        date: '2026-03-10',
      },
    ]);
    renderMarac(`/marac/referrals/${id}`);
    const section = await screen.findByRole('region', { name: 'Decisions' });
    await waitFor(() =>
      expect(
        within(section)
          .getAllByRole('listitem')
          .map((li) => li.textContent),
      ).toEqual([
        '10 March 2026: Accepted',
        '10 March 2026: Listed for a meeting on 19 March 2026',
      ]),
    );
  });
});
