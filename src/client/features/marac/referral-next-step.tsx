import { useState, type FormEvent } from 'react';
import { formatDate } from '../../../domain/dates';
import { OPEN_CASE_STATUSES } from '../../../domain/rules/marac';
import {
  REFERRAL_OUTCOMES,
  type MaracMeeting,
  type MaracReferral,
  type ReferralOutcome,
} from '../../../domain/schemas/marac';
import { Button } from '../../components/button';
import { Radios } from '../../components/radios';
import { Select } from '../../components/select';
import { Textarea } from '../../components/textarea';
import { useSubmit } from '../../forms/use-submit';
import { FormProblems } from './form-problems';
import { OUTCOME_LABELS } from './marac-labels';
import { useMaracWrites } from './marac-writes';
import { ReferralDecide } from './referral-decide';

const OUTCOME_ITEMS = REFERRAL_OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o] }));

interface Props {
  referral: MaracReferral;
  meetings: readonly MaracMeeting[];
}

/** What the panel can do next: decide a new referral, or list an open case for meetings and close it. */
export function ReferralDecision({ referral, meetings }: Props) {
  if (referral.status === 'submitted') return <ReferralDecide referral={referral} />;
  if (!OPEN_CASE_STATUSES.includes(referral.status)) return null;
  return <OpenCase referral={referral} meetings={meetings} />;
}

function OpenCase({ referral, meetings }: Props) {
  const writes = useMaracWrites();
  const form = useSubmit({ mainField: 'reason' });
  const [meetingId, setMeetingId] = useState('');
  const [outcome, setOutcome] = useState('');
  const [reason, setReason] = useState('');
  const id = referral.id;
  const run = (e: FormEvent, save: () => Promise<void>) => {
    e.preventDefault();
    void form.run(save);
  };
  const err = form.fieldErrors;
  const listed = new Set(referral.meetingIds ?? []);
  const meetingOptions = meetings
    .filter((m) => !listed.has(m.id))
    .map((m) => ({ value: m.id, label: `Meeting on ${formatDate(m.date)}` }));
  return (
    <section aria-labelledby="case-heading">
      <FormProblems form={form} />
      <h2 className="govuk-heading-m" id="case-heading">
        Meetings and outcome
      </h2>
      {listed.size > 0 && (
        <p className="govuk-body">
          Listed for:{' '}
          {meetings
            .filter((m) => listed.has(m.id))
            .map((m) => formatDate(m.date))
            .join(', ')}
        </p>
      )}
      {meetingOptions.length > 0 ? (
        <form
          onSubmit={(e) => run(e, () => writes.referralCommand(id, 'referral.list', { meetingId }))}
          noValidate
        >
          <Select
            id="meetingId"
            label="List for a meeting"
            emptyOption="Select a meeting"
            options={meetingOptions}
            value={meetingId}
            error={err.meetingId}
            onChange={setMeetingId}
          />
          <Button busy={form.busy}>List for meeting</Button>
        </form>
      ) : (
        <p className="govuk-body">Add a meeting to list this case for it.</p>
      )}
      <form
        onSubmit={(e) =>
          run(e, () =>
            writes.referralCommand(id, 'referral.close', {
              outcome: outcome as ReferralOutcome,
              reason,
            }),
          )
        }
        noValidate
      >
        <Radios
          id="outcome"
          legend="Outcome when closing"
          items={OUTCOME_ITEMS}
          value={outcome}
          error={err.outcome}
          onChange={setOutcome}
        />
        <Textarea
          id="reason"
          label="Reason for the outcome"
          value={reason}
          error={err.reason}
          onChange={setReason}
          rows={3}
        />
        <Button variant="secondary" busy={form.busy}>
          Close case
        </Button>
      </form>
    </section>
  );
}
