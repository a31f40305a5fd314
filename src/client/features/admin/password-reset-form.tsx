import { useState, type FormEvent } from 'react';
import { Button } from '../../components/button';
import { TextInput } from '../../components/text-input';
import { adminErrorMessage, resetPassword } from '../../sync/admin-client';
import { MIN_INITIAL_PASSWORD } from './new-user-page';

/** Sets a new password; the server signs the user out everywhere. */
export function PasswordResetForm({
  userId,
  name,
  onDone,
}: {
  userId: string;
  name: string;
  onDone: (message: string) => void;
}) {
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password.length < MIN_INITIAL_PASSWORD)
      return setError(`Enter a new password of at least ${MIN_INITIAL_PASSWORD} characters`);
    setBusy(true);
    try {
      await resetPassword(userId, password);
      setPassword('');
      setError(undefined);
      onDone(`${name}’s password was reset. They have been signed out on every device.`);
    } catch (err) {
      setError(adminErrorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form noValidate onSubmit={(e) => void submit(e)}>
      <h2 className="govuk-heading-m">Reset password</h2>
      <TextInput
        id="new-password"
        label="New password"
        type="password"
        value={password}
        onChange={setPassword}
        error={error}
        autoComplete="new-password"
        width="20"
      />
      <Button variant="secondary" busy={busy}>
        Reset password
      </Button>
    </form>
  );
}
