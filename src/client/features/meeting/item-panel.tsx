import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { MEETING_NOTE_MAX, type MeetingItem } from '../../../domain/schemas/tasking';
import type { RecordItemArgs } from '../../../domain/rules/tasking-meeting';
import { ErrorSummary } from '../../components/error-summary';
import type { SelectOption } from '../../components/select';
import { Textarea } from '../../components/textarea';
import { useSubmit } from '../../forms/use-submit';
import type { MeetingAgenda } from '../../local-store/tasking-repo';
import { AddActionForm } from '../../forms/add-action-form';
import { CloseCallSection } from '../../forms/close-call-section';
import type { EntryView } from './agenda-entry';
import type { AgendaKey } from './agenda-list';
import { useMeetingWrites } from './use-meeting';

/**
 * The selected agenda item and what the meeting can do with it, as
 * buttons (the same as the list's shortcuts): mark it discussed, assign an
 * action, add a note, close the call. The action and the closure are the
 * call screen's own forms; each success is minuted on the meeting record.
 */
export function ItemPanel({
  view,
  meetingId,
  minuted,
  mode,
  onMode,
  data,
  agencies,
}: {
  view: EntryView;
  meetingId: string;
  minuted: MeetingItem | undefined;
  mode: AgendaKey | null;
  onMode: (mode: AgendaKey | null) => void;
  data: MeetingAgenda;
  agencies: readonly SelectOption[];
}) {
  const writes = useMeetingWrites();
  const discussed = useSubmit({ prefix: 'discussed', mainField: 'button' });
  const { entry, call } = view;
  const base: Omit<RecordItemArgs, 'decision'> = {
    key: entry.key,
    kind: entry.kind,
    ...(entry.callId ? { callId: entry.callId } : {}),
  };
  const minute = (decision: RecordItemArgs['decision'], note?: string) =>
    writes.minute(meetingId, { ...base, decision, ...(note ? { note } : {}) });

  return (
    <section className="csu-agenda-panel" aria-labelledby="item-heading">
      <span className="govuk-caption-m">{view.section}</span>
      <h2 className="govuk-heading-m" id="item-heading">
        {view.title}
      </h2>
      <p className="govuk-body">{view.detail}</p>
      {view.link && (
        <p className="govuk-body">
          <Link className="govuk-link" to={view.link.to}>
            {view.link.text}
          </Link>
        </p>
      )}
      {minuted?.note && (
        <p className="govuk-inset-text" data-testid="item-note">
          Note: {minuted.note}
        </p>
      )}
      {discussed.problem && <p className="govuk-error-message">{discussed.problem}</p>}
      <div className="govuk-button-group">
        <button
          type="button"
          className="govuk-button"
          disabled={discussed.busy}
          onClick={() => void discussed.run(() => writes.discussed(meetingId, base))}
        >
          Mark discussed (d)
        </button>
        {call && (
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => onMode('assign')}
          >
            Assign an action (a)
          </button>
        )}
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => onMode('note')}
        >
          Add a note (n)
        </button>
        {call && (
          <button
            type="button"
            className="govuk-button govuk-button--warning"
            onClick={() => onMode('close')}
          >
            Close the call (c)
          </button>
        )}
      </div>
      {mode === 'assign' && call && (
        <AddActionForm
          callId={call.id}
          agencies={agencies}
          onAdded={async () => {
            await minute('actionAssigned');
            onMode(null);
          }}
        />
      )}
      {mode === 'note' && (
        <NoteForm
          initial={minuted?.note ?? ''}
          onSave={async (note) => {
            await minute('noted', note);
            onMode(null);
          }}
        />
      )}
      {mode === 'close' && call && (
        <CloseCallSection
          call={call}
          actions={data.actionsByCall.get(call.id) ?? []}
          residentUpdates={data.updatesByCall.get(call.id) ?? []}
          onClosed={() => minute('callClosed')}
        />
      )}
    </section>
  );
}

function NoteForm({
  initial,
  onSave,
}: {
  initial: string;
  onSave: (note: string) => Promise<void>;
}) {
  const [note, setNote] = useState(initial);
  const form = useSubmit({ prefix: 'meeting', mainField: 'note' });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!note.trim()) {
      form.fail([{ id: 'meeting-note', message: 'Enter a note for this item' }]);
      return;
    }
    await form.run(() => onSave(note));
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="note-heading">
      <h3 className="govuk-heading-s" id="note-heading">
        Note or decision
      </h3>
      <ErrorSummary errors={form.errors} />
      {form.problem && <p className="govuk-error-message">{form.problem}</p>}
      <Textarea
        id="meeting-note"
        label="What the meeting decided"
        value={note}
        onChange={setNote}
        error={form.fieldErrors['meeting-note']}
        maxLength={MEETING_NOTE_MAX}
        rows={3}
      />
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={form.busy}>
        Save note
      </button>
    </form>
  );
}
