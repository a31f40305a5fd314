import { useState } from 'react';
import { formatDate } from '../../../domain/dates';
import {
  INCOMPLETE_ACTION_MINUTES,
  type MaracAction,
  type MaracMeeting,
} from '../../../domain/schemas/marac';
import { Button } from '../../components/button';
import { Select } from '../../components/select';
import { nameOf } from '../../forms/use-reference-data';
import { useSubmit } from '../../forms/use-submit';
import { FormProblems } from './form-problems';
import { ACTION_STATUS_LABELS } from './marac-labels';
import { useMaracWrites } from './marac-writes';

const MINUTE_OPTIONS = INCOMPLETE_ACTION_MINUTES.map((m) => ({
  value: m,
  label: ACTION_STATUS_LABELS[m],
}));

interface Props {
  action: MaracAction;
  /** Whether the case is open, so its open actions can be settled. */
  caseOpen: boolean;
  /** The latest meeting the case is listed for: where an earlier meeting's action is minuted. */
  latest: MaracMeeting | undefined;
  agencyNames: Record<string, string>;
}

/** One action of a case plan; while open it is marked done, or minuted incomplete at a later meeting. */
export function ActionItem({ action: a, caseOpen, latest, agencyNames }: Props) {
  const writes = useMaracWrites();
  const canMinute = latest !== undefined && latest.id !== a.meetingId;
  // Each action is its own small form, so a problem shows at this action's control.
  const form = useSubmit({ prefix: `action-${a.id}`, mainField: canMinute ? 'minute' : '' });
  const [minute, setMinute] = useState('');
  return (
    <li className="app-marac-action">
      <p className="govuk-body govuk-!-margin-bottom-1">
        <strong>{a.text}</strong> – {nameOf(agencyNames, a.agencyId)}
        {a.owner ? ` (${a.owner})` : ''}, due {formatDate(a.dueDate)}:{' '}
        {ACTION_STATUS_LABELS[a.status]}
      </p>
      {a.reviewNote && <p className="govuk-body-s">{a.reviewNote}</p>}
      <FormProblems form={form} />
      {caseOpen && a.status === 'open' && (
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
          {canMinute && latest && (
            <>
              <Select
                id={`action-${a.id}-minute`}
                label="Minute as incomplete"
                emptyOption="Select why"
                options={MINUTE_OPTIONS}
                value={minute}
                error={form.fieldErrors[`action-${a.id}-minute`]}
                onChange={setMinute}
              />
              <Button
                type="button"
                variant="secondary"
                busy={form.busy}
                onClick={() =>
                  void form.run(() =>
                    writes.actionCommand(a.id, 'maracAction.minuteIncomplete', {
                      minute: minute as (typeof INCOMPLETE_ACTION_MINUTES)[number],
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
  );
}
