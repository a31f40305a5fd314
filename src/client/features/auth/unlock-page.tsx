import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Button } from '../../components/button';
import { ErrorSummary } from '../../components/error-summary';
import { Radios } from '../../components/radios';
import { TextInput } from '../../components/text-input';
import { usePageTitle } from '../../app/use-page-title';
import { NotificationBanner } from '../../components/notification-banner';
import type { SaveFailure } from '../../forms/form-errors';
import { useSubmit } from '../../forms/use-submit';
import { StorageError } from '../../local-store/errors';
import { unlock } from '../../sync/session-actions';
import { useSession } from '../../sync/session-store';
import { listDeviceUsers } from '../../sync/unlock-secret';
import { useReturnPath } from './use-return-path';

/** What the page says when unlocking threw: storage says why; anything else is not the passphrase's fault either. */
function unlockFailure(error: unknown): SaveFailure {
  if (error instanceof StorageError) return { kind: 'message', message: error.message };
  return {
    kind: 'message',
    message: 'The app could not open on this device. Reload the app, then unlock again.',
  };
}

/** Opens the app on this device, offline too, with the passphrase chosen at sign-in. */
export function UnlockPage() {
  usePageTitle('Unlock');
  const [users] = useState(listDeviceUsers);
  const current = useSession((s) => s.user);
  const [userId, setUserId] = useState(
    () => users.find((u) => u.user.id === current?.id)?.user.id ?? users[0]?.user.id ?? '',
  );
  const [passphrase, setPassphrase] = useState('');
  const form = useSubmit({ mainField: 'passphrase', mapError: unlockFailure });
  const { errors, fieldErrors, problem, busy } = form;
  const navigate = useNavigate();
  const returnPath = useReturnPath();

  if (users.length === 0)
    return (
      <>
        <h1 className="govuk-heading-l">Unlock</h1>
        <p className="govuk-body">Nobody has signed in on this device yet.</p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/sign-in">
            Sign in
          </Link>
        </p>
      </>
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!userId) return form.fail([{ id: 'user', message: 'Select who you are' }]);
    if (!passphrase)
      return form.fail([{ id: 'passphrase', message: 'Enter your unlock passphrase' }]);
    let ok = false;
    const finished = await form.run(async () => {
      ok = await unlock(userId, passphrase);
    });
    // A storage failure is not a wrong passphrase: its own message shows and the passphrase stays.
    if (!finished) return;
    if (!ok) {
      setPassphrase('');
      form.fail([
        { id: 'passphrase', message: 'The passphrase is not right. Check it and try again' },
      ]);
      return;
    }
    void navigate(returnPath, { replace: true });
  };

  const only = users.length === 1 ? users[0] : undefined;
  return (
    <form noValidate onSubmit={(e) => void submit(e)}>
      <ErrorSummary errors={errors} />
      {problem && <NotificationBanner title="Not unlocked" heading={problem} />}
      <h1 className="govuk-heading-l">Unlock</h1>
      {only ? (
        <p className="govuk-body">Signed in on this device as {only.user.name}.</p>
      ) : (
        <Radios
          id="user"
          legend="Who are you?"
          legendSize="m"
          value={userId}
          onChange={setUserId}
          error={fieldErrors.user}
          items={users.map((u) => ({ value: u.user.id, label: u.user.name }))}
        />
      )}
      <TextInput
        id="passphrase"
        label="Unlock passphrase"
        type="password"
        value={passphrase}
        onChange={setPassphrase}
        error={fieldErrors.passphrase}
        autoComplete="current-password"
        width="20"
      />
      <Button busy={busy}>{busy ? 'Unlocking…' : 'Unlock'}</Button>
      <p className="govuk-body">
        Forgotten your passphrase, or not you?{' '}
        <Link className="govuk-link" to="/sign-in">
          Sign in online
        </Link>{' '}
        to choose a new one.
      </p>
    </form>
  );
}
