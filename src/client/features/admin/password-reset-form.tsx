import { useState, type FormEvent } from 'react';
import { Button } from '../../components/button';
import { TextInput } from '../../components/text-input';
import { failureAt } from '../../forms/form-errors';
import { useSubmit } from '../../forms/use-submit';
import { adminErrorMessage, resetPassword } from '../../sync/admin-client';
import { MIN_INITIAL_PASSWORD } from './new-user-page';

const FIELD = 'new-password';
const MAP_ERROR = failureAt(FIELD, adminErrorMessage);

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
  const form = useSubmit({ mapError: MAP_ERROR });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password.length < MIN_INITIAL_PASSWORD)
      return form.fail([
        {
          id: FIELD,
          message: `Enter a new password of at least ${MIN_INITIAL_PASSWORD} characters`,
        },
      ]);
    if (await form.run(() => resetPassword(userId, password))) {
      setPassword('');
      onDone(`${name}’s password was reset. They have been signed out on every device.`);
    }
  };
  return (
    <form noValidate onSubmit={(e) => void submit(e)}>
      <h2 className="govuk-heading-m">Reset password</h2>
      <TextInput
        id={FIELD}
        label="New password"
        type="password"
        value={password}
        onChange={setPassword}
        error={form.fieldErrors[FIELD]}
        autoComplete="new-password"
        width="20"
      />
      <Button variant="secondary" busy={form.busy}>
        Reset password
      </Button>
    </form>
  );
}
