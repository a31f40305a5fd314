import { useState, type FormEvent } from 'react';
import { TEXT_MAX } from '../../domain/schemas/text-limits';
import { DateInput } from '../components/date-input';
import { ErrorSummary } from '../components/error-summary';
import { Select, type SelectOption } from '../components/select';
import { Textarea } from '../components/textarea';
import { addAction } from '../local-store/actions-repo';
import { useDb } from '../local-store/db-context';
import { useSubmit } from './use-submit';
import { useUserDirectory } from './use-user-directory';

const EMPTY = { text: '', agencyId: '', ownerId: '', dueDate: '' };

/**
 * Adds an action to the call: what, which agency, optionally who in that
 * agency (chosen from the user directory; none leaves it to the agency), and
 * by when.
 */
export function AddActionForm({
  callId,
  agencies,
  onAdded,
}: {
  callId: string;
  agencies: readonly SelectOption[];
  /** Told once the action is saved (meeting mode minutes it). */
  onAdded?: (actionId: string) => Promise<void> | void;
}) {
  const [v, setV] = useState(EMPTY);
  const form = useSubmit({ prefix: 'action', mainField: 'text' });
  const db = useDb();
  const directory = useUserDirectory();
  const owners = v.agencyId
    ? directory.inAgency(v.agencyId).map((u) => ({ value: u.id, label: u.name }))
    : [];
  const change = (patch: Partial<typeof EMPTY>) => setV((prev) => ({ ...prev, ...patch }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await form.run(async () => {
      const id = await addAction(db, callId, {
        text: v.text,
        agencyId: v.agencyId,
        ...(v.ownerId ? { ownerId: v.ownerId } : {}),
        dueDate: v.dueDate,
      });
      await onAdded?.(id);
    });
    if (ok) setV(EMPTY);
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="add-action-heading">
      <h3 className="govuk-heading-s" id="add-action-heading">
        Add an action
      </h3>
      <ErrorSummary errors={form.errors} />
      {form.problem && <p className="govuk-error-message">{form.problem}</p>}
      <Textarea
        id="action-text"
        label="What needs to be done"
        value={v.text}
        onChange={(text) => change({ text })}
        error={form.fieldErrors['action-text']}
        maxLength={TEXT_MAX.actionText}
        rows={3}
      />
      <Select
        id="action-agencyId"
        label="Agency"
        emptyOption="Select an agency"
        options={agencies}
        value={v.agencyId}
        // A new agency has other people: the owner goes back to "the agency".
        onChange={(agencyId) => change({ agencyId, ownerId: '' })}
        error={form.fieldErrors['action-agencyId']}
      />
      <Select
        id="action-ownerId"
        label="Owner (optional)"
        hint={
          v.agencyId
            ? 'The person in that agency who will do it, or leave it to the agency'
            : 'Select the agency first to choose someone in it'
        }
        emptyOption="Leave it to the agency"
        options={owners}
        value={v.ownerId}
        onChange={(ownerId) => change({ ownerId })}
        error={form.fieldErrors['action-ownerId']}
      />
      <DateInput
        id="action-dueDate"
        label="Due date"
        value={v.dueDate}
        onChange={(dueDate) => change({ dueDate })}
        error={form.fieldErrors['action-dueDate']}
      />
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={form.busy}>
        Add action
      </button>
    </form>
  );
}
