import { useState, type FormEvent } from 'react';
import { TEXT_MAX } from '../../../domain/schemas/text-limits';
import { ErrorSummary } from '../../components/error-summary';
import { Textarea } from '../../components/textarea';
import { Timeline } from '../../components/timeline';
import type { CallBundle } from '../../local-store/queries';
import { useCallWrites } from './call-writes';
import { chronology } from './chronology';
import { useSubmit } from '../../forms/use-submit';

/** The chronology (newest first) and, for anyone who may add to the call, a note form. Notes are append-only. */
export function ChronologySection({
  bundle,
  agencyNames,
  mayAdd,
}: {
  bundle: CallBundle;
  agencyNames: Record<string, string>;
  mayAdd: boolean;
}) {
  const [text, setText] = useState('');
  const form = useSubmit({ prefix: 'note', mainField: 'text' });
  const writes = useCallWrites();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await form.run(() => writes.addNote(bundle.call.id, text))) setText('');
  };
  const entries = chronology(bundle, agencyNames);
  return (
    <section aria-labelledby="chronology-heading">
      <h2 className="govuk-heading-m" id="chronology-heading">
        Chronology
      </h2>
      {mayAdd && (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <ErrorSummary errors={form.errors} />
          {form.problem && <p className="govuk-error-message">{form.problem}</p>}
          <Textarea
            id="note-text"
            label="Add a note"
            hint="Notes cannot be edited later. To correct one, add another note."
            value={text}
            onChange={setText}
            error={form.fieldErrors['note-text']}
            maxLength={TEXT_MAX.callNote}
            rows={3}
          />
          <button
            type="submit"
            className="govuk-button govuk-button--secondary"
            disabled={form.busy}
          >
            Add note
          </button>
        </form>
      )}
      {entries.length === 0 ? (
        <p className="govuk-body">Nothing recorded yet.</p>
      ) : (
        <Timeline entries={entries} label="Chronology, newest first" />
      )}
    </section>
  );
}
