import { useState, type FormEvent } from 'react';
import { closeCallProblems } from '../../domain/rules/calls';
import type { Action, Call, ResidentUpdate } from '../../domain/schemas/calls';
import { TEXT_MAX } from '../../domain/schemas/text-limits';
import { ConfirmDialog } from '../components/confirm-dialog';
import { ErrorSummary } from '../components/error-summary';
import { Textarea } from '../components/textarea';
import { runCommand } from '../local-store/command-runner';
import { useDb } from '../local-store/db-context';
import { useSubmit } from './use-submit';

/**
 * Closing a call (chair). The domain's closeCallProblems decides: anything
 * but a resident update that is due stops it at the reason field; an update
 * that is due opens a confirmation step that asks why not, and the reason is
 * sent as `noUpdateReason` for the same rule to check again when it runs.
 */
export function CloseCallSection({
  call,
  actions,
  residentUpdates,
  onClosed,
}: {
  call: Pick<Call, 'id' | 'reporter' | 'status'>;
  actions: readonly Action[];
  residentUpdates: readonly ResidentUpdate[];
  /** Told once the call is closed (meeting mode minutes it). */
  onClosed?: () => Promise<void> | void;
}) {
  const [reason, setReason] = useState('');
  const [noUpdateReason, setNoUpdateReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const form = useSubmit({ prefix: 'close', mainField: 'reason' });
  const db = useDb();
  const confirm = useSubmit({ prefix: 'close', mainField: 'noUpdateReason' });

  const close = async (args: { reason: string; noUpdateReason?: string }) => {
    await runCommand(db, 'call.close', call.id, args);
    await onClosed?.();
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) {
      form.fail([{ id: 'close-reason', message: 'Enter reason for closing' }]);
      return;
    }
    // Asked before running, so the chair is not asked about the resident for a call that cannot close yet.
    const problems = closeCallProblems(call, { actions, residentUpdates }, undefined);
    const blocking = problems.find((p) => p.code !== 'resident_update_due');
    if (blocking) {
      form.fail([{ id: 'close-reason', message: blocking.message }]);
      return;
    }
    if (problems.length > 0) {
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
          maxLength={TEXT_MAX.reason}
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
            maxLength={TEXT_MAX.noUpdateReason}
            rows={3}
          />
        </ConfirmDialog>
      )}
    </section>
  );
}
