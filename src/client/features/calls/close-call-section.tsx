import { useState, type FormEvent } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorSummary } from '../../components/error-summary';
import { Textarea } from '../../components/textarea';
import { useCallWrites } from './call-writes';
import { useSubmit } from '../../forms/use-submit';

/**
 * Closing a call (chair). When the named resident has not been updated
 * since the last action, a confirmation step says so and asks why not; the
 * reason is sent as `noUpdateReason` and the shared rule checks it again.
 */
export function CloseCallSection({
  callId,
  updateDue,
  openActions,
}: {
  callId: string;
  updateDue: boolean;
  openActions: number;
}) {
  const [reason, setReason] = useState('');
  const [noUpdateReason, setNoUpdateReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const form = useSubmit({ prefix: 'close', mainField: 'reason' });
  const writes = useCallWrites();
  const confirm = useSubmit({ prefix: 'close', mainField: 'noUpdateReason' });

  const close = (args: { reason: string; noUpdateReason?: string }) =>
    writes.runCallCommand(callId, 'call.close', args);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) {
      form.fail([{ id: 'close-reason', message: 'Enter reason for closing' }]);
      return;
    }
    // Checked here too so the chair is not asked about the resident for a call that cannot close yet.
    if (openActions > 0) {
      form.fail([
        {
          id: 'close-reason',
          message: 'Complete or cancel every open action before closing the call.',
        },
      ]);
      return;
    }
    if (updateDue) {
      form.fail([]);
      setConfirming(true);
      return;
    }
    await form.run(() => close({ reason }));
  };

  const confirmClose = async () => {
    if (!noUpdateReason.trim()) {
      confirm.fail([
        { id: 'close-noUpdateReason', message: 'Enter why the resident has not been updated' },
      ]);
      return;
    }
    if (await confirm.run(() => close({ reason, noUpdateReason }))) setConfirming(false);
  };

  return (
    <section aria-labelledby="close-heading">
      <h2 className="govuk-heading-m" id="close-heading">
        Close the call
      </h2>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorSummary errors={form.errors} />
        {form.problem && <p className="govuk-error-message">{form.problem}</p>}
        <Textarea
          id="close-reason"
          label="Reason for closing"
          value={reason}
          onChange={setReason}
          error={form.fieldErrors['close-reason']}
          maxLength={1000}
          rows={3}
        />
        <button type="submit" className="govuk-button govuk-button--warning" disabled={form.busy}>
          Close call
        </button>
      </form>
      {confirming && (
        <ConfirmDialog
          title="The resident has not been updated since the last action"
          confirmLabel="Close without an update"
          cancelLabel="Go back"
          warning
          busy={confirm.busy}
          onConfirm={() => void confirmClose()}
          onCancel={() => setConfirming(false)}
        >
          <ErrorSummary errors={confirm.errors} />
          {confirm.problem && <p className="govuk-error-message">{confirm.problem}</p>}
          <p className="govuk-body">
            Calls are closed after the resident has been told what happened. Record an update first,
            or say why they have not been updated.
          </p>
          <Textarea
            id="close-noUpdateReason"
            label="Why has the resident not been updated?"
            value={noUpdateReason}
            onChange={setNoUpdateReason}
            error={confirm.fieldErrors['close-noUpdateReason']}
            maxLength={1000}
            rows={3}
          />
        </ConfirmDialog>
      )}
    </section>
  );
}
