import { useState, type FormEvent } from 'react';
import { formatDate } from '../../../domain/dates';
import { OPEN_CASE_STATUSES } from '../../../domain/rules/marac';
import {
  REFERRAL_OUTCOMES,
  type MaracAction,
  type MaracMeeting,
  type MaracReferral,
} from '../../../domain/schemas/marac';
import { Button } from '../../components/button';
import { ErrorSummary } from '../../components/error-summary';
import { NotificationBanner } from '../../components/notification-banner';
import { Radios } from '../../components/radios';
import { Select } from '../../components/select';
import { TextInput } from '../../components/text-input';
import { Textarea } from '../../components/textarea';
import { useSubmit } from '../../forms/use-submit';
import { OUTCOME_LABELS } from './marac-labels';
import { useMaracWrites } from './marac-writes';
import { useReferrals } from './use-marac-data';

const OUTCOME_ITEMS = REFERRAL_OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o] }));

interface Props {
  referral: MaracReferral;
  meetings: readonly MaracMeeting[];
  actions: readonly MaracAction[];
}

/** The panel's decision on a new referral, then listing at meetings and closing the case. */
export function ReferralDecision({ referral, meetings }: Props) {
  const writes = useMaracWrites();
  const form = useSubmit({ mainField: referral.status === 'submitted' ? 'advice' : 'reason' });
  const others = useReferrals();
  const [earlier, setEarlier] = useState('');
  const [advice, setAdvice] = useState('');
  const [to, setTo] = useState('');
  const [meetingId, setMeetingId] = useState('');
  const [outcome, setOutcome] = useState('');
  const [reason, setReason] = useState('');
  const id = referral.id;
  const run = (e: FormEvent, save: () => Promise<void>) => {
    e.preventDefault();
    void form.run(save);
  };
  const err = form.fieldErrors;
  const banner = (
    <>
      <ErrorSummary errors={form.errors} />
      {form.problem && <NotificationBanner title="Not saved" heading={form.problem} />}
    </>
  );

  if (referral.status === 'submitted') {
    const earlierOptions = (others ?? [])
      .filter((o) => o.id !== id && o.subjectName === referral.subjectName)
      .map((o) => ({
        value: o.id,
        label: `${o.subjectName}, ${o.referredOn ? formatDate(o.referredOn) : ''}`,
      }));
    return (
      <section aria-labelledby="decision-heading">
        {banner}
        <h2 className="govuk-heading-m" id="decision-heading">
          Decision
        </h2>
        <form
          onSubmit={(e) =>
            run(e, () =>
              writes.referralCommand(
                id,
                'referral.accept',
                earlier ? { earlierReferralId: earlier } : {},
              ),
            )
          }
          noValidate
        >
          {earlierOptions.length > 0 && (
            <Select
              id="earlierReferralId"
              label="Is this a re-referral of an earlier case?"
              emptyOption="No, a new case"
              options={earlierOptions}
              value={earlier}
              error={err.earlierReferralId}
              onChange={setEarlier}
            />
          )}
          <Button busy={form.busy}>Accept referral</Button>
        </form>
        <form
          onSubmit={(e) => run(e, () => writes.referralCommand(id, 'referral.decline', { advice }))}
          noValidate
        >
          <Textarea
            id="advice"
            label="Advice for the referrer"
            value={advice}
            error={err.advice}
            onChange={setAdvice}
            rows={3}
          />
          <Button variant="secondary" busy={form.busy}>
            Decline with advice
          </Button>
        </form>
        <form
          onSubmit={(e) => run(e, () => writes.referralCommand(id, 'referral.redirect', { to }))}
          noValidate
        >
          <TextInput
            id="to"
            label="Redirect to"
            hint="For example DA MARAC or adult safeguarding"
            value={to}
            error={err.to}
            onChange={setTo}
          />
          <Button variant="secondary" busy={form.busy}>
            Redirect
          </Button>
        </form>
      </section>
    );
  }

  if (!OPEN_CASE_STATUSES.includes(referral.status)) return null;
  const listed = new Set(referral.meetingIds ?? []);
  const meetingOptions = meetings
    .filter((m) => !listed.has(m.id))
    .map((m) => ({ value: m.id, label: `Meeting on ${formatDate(m.date)}` }));
  return (
    <section aria-labelledby="case-heading">
      {banner}
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
              outcome: outcome as (typeof REFERRAL_OUTCOMES)[number],
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
