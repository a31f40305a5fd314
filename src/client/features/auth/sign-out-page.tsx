import { useLiveData } from '../../local-store/use-live-data';
import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate } from 'react-router-dom';
import { Button } from '../../components/button';
import { ErrorSummary } from '../../components/error-summary';
import { Radios } from '../../components/radios';
import { TextInput } from '../../components/text-input';
import { usePageTitle } from '../../app/use-page-title';
import { failureAt } from '../../forms/form-errors';
import { useSubmit } from '../../forms/use-submit';
import { countUnsynced, signOut, type SignOutMode } from '../../sync/session-actions';
import { useSession } from '../../sync/session-store';

export const CONFIRM_WORD = 'DELETE';
const MAP_ERROR = failureAt('mode', () => 'Signing out did not finish. Try again');

function items(n: number): string {
  return n === 1 ? '1 unsynced item' : `${n} unsynced items`;
}

/**
 * Sign out: keep this device's records until the same person signs in again,
 * or delete them. Deleting unsynced changes needs the word DELETE typed, so
 * nothing unsynced is lost by a slip (sync.md "One device, several users").
 */
export function SignOutPage() {
  usePageTitle('Sign out');
  const status = useSession((s) => s.status);
  const unsynced = useLiveData(() => countUnsynced(), []);
  const [mode, setMode] = useState<SignOutMode | ''>('');
  const [typed, setTyped] = useState('');
  const form = useSubmit({ mapError: MAP_ERROR });
  const { errors, fieldErrors, busy } = form;
  const navigate = useNavigate();

  if (status === 'locked') return <Navigate to="/unlock" replace state={{ from: '/sign-out' }} />;
  if (status === 'signed-out') return <Navigate to="/sign-in" replace />;
  const count = unsynced ?? 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!mode)
      return form.fail([
        { id: 'mode', message: 'Select whether to keep or delete the records on this device' },
      ]);
    if (mode === 'delete' && count > 0 && typed.trim() !== CONFIRM_WORD)
      return form.fail([
        {
          id: 'confirm',
          message: `Type ${CONFIRM_WORD} to confirm that ${items(count)} will be lost`,
        },
      ]);
    form.fail([]);
    if (await form.run(() => signOut(mode))) void navigate('/sign-in', { replace: true });
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)}>
      <ErrorSummary errors={errors} />
      <h1 className="govuk-heading-l">Sign out</h1>
      {unsynced === undefined ? (
        <p className="govuk-body" role="status">
          Checking for changes not yet sent…
        </p>
      ) : count > 0 ? (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            This device has {items(count)} that the server does not have yet.
          </strong>
        </div>
      ) : (
        <p className="govuk-body">Everything on this device has been sent.</p>
      )}
      <Radios
        id="mode"
        legend="What should happen to the records on this device?"
        legendSize="m"
        value={mode}
        onChange={(v) => setMode(v as SignOutMode)}
        error={fieldErrors.mode}
        items={[
          {
            value: 'keep',
            label: 'Keep them until I sign in again',
            hint:
              count > 0
                ? 'Your unsynced changes will be sent the next time you sign in on this device'
                : undefined,
          },
          {
            value: 'delete',
            label:
              count > 0
                ? `Delete ${items(count)} and everything else from this device`
                : 'Delete them from this device',
            hint: count > 0 ? 'The unsynced changes will be lost for good' : undefined,
          },
        ]}
      />
      {mode === 'delete' && count > 0 && (
        <TextInput
          id="confirm"
          label={`To confirm, type ${CONFIRM_WORD}`}
          value={typed}
          onChange={setTyped}
          error={fieldErrors.confirm}
          autoComplete="off"
          spellCheck={false}
          width="10"
        />
      )}
      <Button variant={mode === 'delete' ? 'warning' : 'primary'} busy={busy}>
        {busy ? 'Signing out…' : 'Sign out'}
      </Button>
    </form>
  );
}
