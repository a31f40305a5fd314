import { useState, type FormEvent } from 'react';
import { formatDate } from '../../../domain/dates';
import {
  INCOMPLETE_ACTION_MINUTES,
  type MaracAction,
  type MaracMeeting,
  type MaracReferral,
} from '../../../domain/schemas/marac';
import { Button } from '../../components/button';
import { DateInput } from '../../components/date-input';
import { ErrorSummary } from '../../components/error-summary';
import { NotificationBanner } from '../../components/notification-banner';
import { Select, type SelectOption } from '../../components/select';
import { TextInput } from '../../components/text-input';
import { Textarea } from '../../components/textarea';
import { nameOf } from '../../forms/use-reference-data';
import { useSubmit } from '../../forms/use-submit';
import { ACTION_STATUS_LABELS } from './marac-labels';
import { useMaracWrites } from './marac-writes';

const MINUTE_OPTIONS = INCOMPLETE_ACTION_MINUTES.map((m) => ({
  value: m,
  label: ACTION_STATUS_LABELS[m],
}));

interface Props {
  referral: MaracReferral;
  actions: readonly MaracAction[];
  meetings: readonly MaracMeeting[];
  agencies: readonly SelectOption[];
  agencyNames: Record<string, string>;
}

/** The case's action plan: agency, owner, due before the next meeting; each open one is done or minuted. */
export function ReferralActions({ referral, actions, meetings, agencies, agencyNames }: Props) {
  const writes = useMaracWrites();
  const form = useSubmit({ prefix: 'action', mainField: 'text' });
  const [agencyId, setAgencyId] = useState('');
  const [owner, setOwner] = useState('');
  const [text, setText] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [minute, setMinute] = useState<Record<string, string>>({});
  const open = referral.status === 'accepted' || referral.status === 'listed';
  const listedAt = meetings.filter((m) => referral.meetingIds?.includes(m.id));
  // The latest meeting the case was listed for agreed the action; newer meetings review it.
  const latest = listedAt[0];
  const err = form.fieldErrors;

  const add = async (e: FormEvent) => {
    e.preventDefault();
    const saved = await form.run(() =>
      writes.addAction(referral.id, {
        agencyId,
        text,
        dueDate,
        ...(owner ? { owner } : {}),
        ...(latest ? { meetingId: latest.id } : {}),
      }),
    );
    if (saved) {
      setText('');
      setOwner('');
      setDueDate('');
    }
  };

  return (
    <section aria-labelledby="actions-heading">
      <h2 className="govuk-heading-m" id="actions-heading">
        Action plan
      </h2>
      <ErrorSummary errors={form.errors} />
      {form.problem && <NotificationBanner title="Not saved" heading={form.problem} />}
      {actions.length === 0 && <p className="govuk-body">No actions yet.</p>}
      <ul className="govuk-list">
        {actions.map((a) => (
          <li key={a.id} className="app-marac-action">
            <p className="govuk-body govuk-!-margin-bottom-1">
              <strong>{a.text}</strong> – {nameOf(agencyNames, a.agencyId)}
              {a.owner ? ` (${a.owner})` : ''}, due {formatDate(a.dueDate)}:{' '}
              {ACTION_STATUS_LABELS[a.status]}
            </p>
            {a.reviewNote && <p className="govuk-body-s">{a.reviewNote}</p>}
            {open && a.status === 'open' && (
              <div className="govuk-button-group">
                <Button
                  type="button"
                  variant="secondary"
                  busy={form.busy}
                  onClick={() =>
                    void form.run(() => writes.actionCommand(a.id, 'maracAction.complete', {}))
                  }
                >
                  Mark done
                </Button>
                {latest && latest.id !== a.meetingId && (
                  <>
                    <Select
                      id={`minute-${a.id}`}
                      label="Minute as incomplete"
                      emptyOption="Select why"
                      options={MINUTE_OPTIONS}
                      value={minute[a.id] ?? ''}
                      onChange={(v) => setMinute((m) => ({ ...m, [a.id]: v }))}
                    />
                    <Button
                      type="button"
                      variant="secondary"
                      busy={form.busy}
                      onClick={() =>
                        void form.run(() =>
                          writes.actionCommand(a.id, 'maracAction.minuteIncomplete', {
                            minute: (minute[a.id] ??
                              '') as (typeof INCOMPLETE_ACTION_MINUTES)[number],
                            meetingId: latest.id,
                          }),
                        )
                      }
                    >
                      Minute at {formatDate(latest.date)}
                    </Button>
                  </>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
      {open && (
        <form onSubmit={(e) => void add(e)} noValidate>
          <h3 className="govuk-heading-s">Add an action</h3>
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
            hint="Before the next meeting"
            value={dueDate}
            error={err['action-dueDate']}
            onChange={setDueDate}
          />
          <Button busy={form.busy}>Add action</Button>
        </form>
      )}
    </section>
  );
}
