import { useState, type FormEvent } from 'react';
import { TEXT_MAX } from '../../../domain/schemas/text-limits';
import { formatDate } from '../../../domain/dates';
import { isActionOverdue } from '../../../domain/rules/calls';
import type { Actor } from '../../../domain/roles';
import { ErrorSummary } from '../../components/error-summary';
import { SummaryList } from '../../components/summary-list';
import { SyncBadge } from '../../forms/sync-badge';
import { Tag } from '../../components/tag';
import { Textarea } from '../../components/textarea';
import type { LocalAction } from '../../local-store/types';
import { useCallWrites } from './call-writes';
import { nameOf } from '../../forms/use-reference-data';
import { mayRun } from '../../app/use-actor';
import { useSubmit } from '../../forms/use-submit';
import { useUserDirectory } from '../../forms/use-user-directory';

const STATUS_TAGS = {
  open: <Tag colour="turquoise">Open</Tag>,
  done: <Tag colour="green">Done</Tag>,
  cancelled: <Tag colour="grey">Cancelled</Tag>,
} as const;

/**
 * One action with its details and, while it is open, "Complete" and
 * "Cancel" for the chair or a user of the action's agency (a mirror of
 * access.ts; the server still decides).
 */
export function ActionItem({
  action,
  index,
  callClosed,
  actor,
  agencyNames,
}: {
  action: LocalAction;
  index: number;
  callClosed: boolean;
  actor: Actor | null;
  agencyNames: Record<string, string>;
}) {
  const userName = useUserDirectory().nameOf;
  const [mode, setMode] = useState<'none' | 'complete' | 'cancel'>('none');
  const overdue = isActionOverdue(action, new Date());
  const rel = { actionAgencyId: action.agencyId };
  const mayFinish =
    action.status === 'open' && !callClosed && mayRun(actor, 'action.complete', rel);
  return (
    <li className="app-card">
      <h3 className="govuk-heading-s govuk-!-margin-bottom-2 app-wrap-anywhere">{`Action ${index + 1}: ${action.text}`}</h3>
      <div className="app-card__tags">
        {STATUS_TAGS[action.status]}
        {overdue && <Tag colour="red">Overdue</Tag>}
        <SyncBadge sync={action._sync} />
      </div>
      <SummaryList
        noBorder
        rows={[
          { key: 'Agency', value: nameOf(agencyNames, action.agencyId) },
          { key: 'Owner', value: action.ownerId ? userName(action.ownerId) : 'The agency' },
          { key: 'Due', value: formatDate(action.dueDate) },
          ...(action.outcome ? [{ key: 'Outcome', value: action.outcome }] : []),
          ...(action.cancelReason ? [{ key: 'Why cancelled', value: action.cancelReason }] : []),
        ]}
      />
      {mayFinish && mode === 'none' && (
        <div className="govuk-button-group">
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => setMode('complete')}
          >
            {'Complete '}
            <span className="govuk-visually-hidden">{`action ${index + 1}`}</span>
          </button>
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => setMode('cancel')}
          >
            {'Cancel '}
            <span className="govuk-visually-hidden">{`action ${index + 1}`}</span>
          </button>
        </div>
      )}
      {mayFinish && mode !== 'none' && (
        <FinishForm
          key={mode}
          action={action}
          index={index}
          mode={mode}
          onDone={() => setMode('none')}
        />
      )}
    </li>
  );
}

function FinishForm({
  action,
  index,
  mode,
  onDone,
}: {
  action: LocalAction;
  index: number;
  mode: 'complete' | 'cancel';
  onDone: () => void;
}) {
  const [text, setText] = useState('');
  const field = mode === 'complete' ? 'outcome' : 'reason';
  const prefix = `${mode}-${action.id}`;
  const form = useSubmit({ prefix, mainField: field });
  const writes = useCallWrites();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await form.run(() =>
      mode === 'complete'
        ? writes.completeAction(action.id, text)
        : writes.cancelAction(action.id, text),
    );
    if (ok) onDone();
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <ErrorSummary errors={form.errors} />
      {form.problem && <p className="govuk-error-message">{form.problem}</p>}
      <Textarea
        id={`${prefix}-${field}`}
        label={
          mode === 'complete'
            ? `Outcome of action ${index + 1}`
            : `Why is action ${index + 1} being cancelled?`
        }
        value={text}
        onChange={setText}
        error={form.fieldErrors[`${prefix}-${field}`]}
        maxLength={mode === 'complete' ? TEXT_MAX.actionOutcome : TEXT_MAX.reason}
        rows={3}
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" disabled={form.busy}>
          {mode === 'complete' ? 'Save outcome ' : 'Cancel action '}
          <span className="govuk-visually-hidden">{`for action ${index + 1}`}</span>
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onDone}>
          Back
        </button>
      </div>
    </form>
  );
}
