import { useState, type FormEvent } from 'react';
import { formatDate } from '../../../domain/dates';
import { nextMeetingAfter, OPEN_CASE_STATUSES } from '../../../domain/rules/marac';
import type { MaracAction, MaracMeeting, MaracReferral } from '../../../domain/schemas/marac';
import { Button } from '../../components/button';
import { DateInput } from '../../components/date-input';
import { Select, type SelectOption } from '../../components/select';
import { TextInput } from '../../components/text-input';
import { Textarea } from '../../components/textarea';
import { useSubmit } from '../../forms/use-submit';
import { ActionItem } from './action-item';
import { FormProblems } from './form-problems';
import { useMaracWrites } from './marac-writes';

interface Props {
  referral: MaracReferral;
  actions: readonly MaracAction[];
  /** Newest first, as the device lists them. */
  meetings: readonly MaracMeeting[];
  agencies: readonly SelectOption[];
  agencyNames: Record<string, string>;
}

/** The case's action plan: agency, owner, due before the next meeting; each open one is done or minuted. */
export function ReferralActions({ referral, actions, meetings, agencies, agencyNames }: Props) {
  const caseOpen = OPEN_CASE_STATUSES.includes(referral.status);
  // The latest meeting the case is listed for agrees new actions; it reviews earlier ones.
  const latest = meetings.find((m) => referral.meetingIds?.includes(m.id));
  return (
    <section aria-labelledby="actions-heading">
      <h2 className="govuk-heading-m" id="actions-heading">
        Action plan
      </h2>
      {actions.length === 0 && <p className="govuk-body">No actions yet.</p>}
      <ul className="govuk-list">
        {actions.map((a) => (
          <ActionItem
            key={a.id}
            action={a}
            caseOpen={caseOpen}
            latest={latest}
            agencyNames={agencyNames}
          />
        ))}
      </ul>
      {caseOpen && (
        <AddActionForm
          referralId={referral.id}
          agreedAt={latest}
          next={nextMeetingAfter(meetings, latest?.id)}
          agencies={agencies}
        />
      )}
    </section>
  );
}

function AddActionForm(props: {
  referralId: string;
  agreedAt: MaracMeeting | undefined;
  next: MaracMeeting | undefined;
  agencies: readonly SelectOption[];
}) {
  const { referralId, agreedAt, next, agencies } = props;
  const writes = useMaracWrites();
  const form = useSubmit({ prefix: 'action', mainField: 'text' });
  const [agencyId, setAgencyId] = useState('');
  const [owner, setOwner] = useState('');
  const [text, setText] = useState('');
  const [dueDate, setDueDate] = useState('');
  const err = form.fieldErrors;
  const add = async (e: FormEvent) => {
    e.preventDefault();
    const saved = await form.run(() =>
      writes.addAction(referralId, {
        agencyId,
        text,
        dueDate,
        ...(owner ? { owner } : {}),
        ...(agreedAt ? { meetingId: agreedAt.id } : {}),
      }),
    );
    if (saved) {
      setText('');
      setOwner('');
      setDueDate('');
    }
  };
  return (
    <form onSubmit={(e) => void add(e)} noValidate>
      <h3 className="govuk-heading-s">Add an action</h3>
      <FormProblems form={form} />
      {agreedAt && (
        <p className="govuk-body">Agreed at the meeting on {formatDate(agreedAt.date)}.</p>
      )}
      <Textarea
        id="action-text"
        label="Action"
        value={text}
        error={err['action-text']}
        onChange={setText}
        rows={2}
      />
      <Select
        id="action-agencyId"
        label="Agency"
        emptyOption="Select an agency"
        options={agencies}
        value={agencyId}
        error={err['action-agencyId']}
        onChange={setAgencyId}
      />
      <TextInput
        id="action-owner"
        label="Owner"
        value={owner}
        error={err['action-owner']}
        onChange={setOwner}
      />
      <DateInput
        id="action-dueDate"
        label="Due date"
        hint={
          next ? `Before the next meeting on ${formatDate(next.date)}` : 'Before the next meeting'
        }
        value={dueDate}
        error={err['action-dueDate']}
        onChange={setDueDate}
      />
      <Button busy={form.busy}>Add action</Button>
    </form>
  );
}
