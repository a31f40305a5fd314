import { useState, type FormEvent } from 'react';
import { DateInput } from '../../components/date-input';
import { ErrorSummary } from '../../components/error-summary';
import { Select, type SelectOption } from '../../components/select';
import { TextInput } from '../../components/text-input';
import { Textarea } from '../../components/textarea';
import { useCallWrites } from './call-writes';
import { useSubmit } from '../../forms/use-submit';

const EMPTY = { text: '', agencyId: '', ownerId: '', dueDate: '' };

/** Adds an action to the call: what, which agency, optionally who, and by when. */
export function AddActionForm({
  callId,
  agencies,
}: {
  callId: string;
  agencies: readonly SelectOption[];
}) {
  const [v, setV] = useState(EMPTY);
  const form = useSubmit({ prefix: 'action', mainField: 'text' });
  const writes = useCallWrites();
  const change = (patch: Partial<typeof EMPTY>) => setV((prev) => ({ ...prev, ...patch }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await form.run(() =>
      writes.addAction(callId, {
        text: v.text,
        agencyId: v.agencyId,
        ...(v.ownerId.trim() ? { ownerId: v.ownerId.trim() } : {}),
        dueDate: v.dueDate,
      }),
    );
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
        maxLength={1000}
        rows={3}
      />
      <Select
        id="action-agencyId"
        label="Agency"
        emptyOption="Select an agency"
        options={agencies}
        value={v.agencyId}
        onChange={(agencyId) => change({ agencyId })}
        error={form.fieldErrors['action-agencyId']}
      />
      <TextInput
        id="action-ownerId"
        label="Owner (optional)"
        hint="The person in that agency who will do it"
        value={v.ownerId}
        onChange={(ownerId) => change({ ownerId })}
        error={form.fieldErrors['action-ownerId']}
        autoComplete="off"
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
