import { useState, type FormEvent } from 'react';
import { TEXT_MAX } from '../../../domain/schemas/text-limits';
import { formatDateTime } from '../../../domain/dates';
import {
  UPDATE_METHODS,
  UPDATE_METHOD_LABELS,
  type UpdateMethod,
} from '../../../domain/schemas/calls';
import { DateTimeInput } from '../../components/date-input';
import { ErrorSummary } from '../../components/error-summary';
import { Radios } from '../../components/radios';
import { Textarea } from '../../components/textarea';
import type { CallBundle } from '../../local-store/queries';
import { useCallWrites } from './call-writes';
import { localInputToIso, nowLocalInput } from '../../forms/form-dates';
import { UpdateDueTag } from './call-tags';
import { useSubmit } from '../../forms/use-submit';

const METHOD_ITEMS = UPDATE_METHODS.map((m) => ({ value: m, label: UPDATE_METHOD_LABELS[m] }));

/**
 * Resident updates: "report back in 100% of cases" unless the call was
 * anonymous, in which case there is nobody to update and the form is not offered.
 */
export function ResidentUpdateSection({
  bundle,
  updateDue,
  mayAdd,
}: {
  bundle: CallBundle;
  updateDue: boolean;
  mayAdd: boolean;
}) {
  const { call, updates } = bundle;
  const last = updates[updates.length - 1];
  return (
    <section aria-labelledby="updates-heading">
      <h2 className="govuk-heading-m" id="updates-heading">
        Resident updates
      </h2>
      {call.reporter.anonymous ? (
        <p className="govuk-body">
          This call was reported anonymously, so there is no resident to update.
        </p>
      ) : (
        <>
          <p className="govuk-body">
            {last
              ? `Last updated ${formatDateTime(last.at)} (${UPDATE_METHOD_LABELS[last.method]}).`
              : 'The resident has not been updated yet.'}{' '}
            <UpdateDueTag due={updateDue} />
          </p>
          {mayAdd && <ResidentUpdateForm callId={call.id} preferred={call.reporter.updateMethod} />}
        </>
      )}
    </section>
  );
}

function ResidentUpdateForm({
  callId,
  preferred,
}: {
  callId: string;
  preferred: UpdateMethod | undefined;
}) {
  const empty = () => ({ at: nowLocalInput(), method: preferred ?? '', summary: '' });
  const [v, setV] = useState(empty);
  // Untouched, "when" is the moment of saving (to the millisecond), not the minute the form was drawn.
  const [atEdited, setAtEdited] = useState(false);
  const form = useSubmit({ prefix: 'update', mainField: 'summary' });
  const writes = useCallWrites();
  const change = (patch: Partial<ReturnType<typeof empty>>) =>
    setV((prev) => ({ ...prev, ...patch }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await form.run(() =>
      writes.addResidentUpdate(callId, {
        at: atEdited ? localInputToIso(v.at) : new Date().toISOString(),
        method: v.method as UpdateMethod,
        summary: v.summary,
      }),
    );
    if (ok) {
      setV(empty());
      setAtEdited(false);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="update-form-heading">
      <h3 className="govuk-heading-s" id="update-form-heading">
        Record a resident update
      </h3>
      <ErrorSummary errors={form.errors} />
      {form.problem && <p className="govuk-error-message">{form.problem}</p>}
      <DateTimeInput
        id="update-at"
        label="When were they updated?"
        value={v.at}
        onChange={(at) => {
          setAtEdited(true);
          change({ at });
        }}
        error={form.fieldErrors['update-at']}
      />
      <Radios
        id="update-method"
        legend="How were they updated?"
        items={METHOD_ITEMS}
        value={v.method}
        onChange={(method) => change({ method })}
        error={form.fieldErrors['update-method']}
        small
      />
      <Textarea
        id="update-summary"
        label="What were they told?"
        value={v.summary}
        onChange={(summary) => change({ summary })}
        error={form.fieldErrors['update-summary']}
        maxLength={TEXT_MAX.residentUpdate}
        rows={3}
      />
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={form.busy}>
        Record update
      </button>
    </form>
  );
}
