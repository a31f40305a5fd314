import { useState, type FormEvent } from 'react';
import { Button } from '../../components/button';
import { ErrorSummary, type FieldError } from '../../components/error-summary';
import { TextInput } from '../../components/text-input';
import { failureAt } from '../../forms/form-errors';
import { useSubmit } from '../../forms/use-submit';
import type { LoginResponse } from '../../../domain/sync-protocol';
import { signInErrorMessage } from '../../sync/auth-client';
import { signIn } from '../../sync/session-actions';
import { defaultDeviceName } from './device-name';

const MAP_ERROR = failureAt('username', signInErrorMessage);

/** Step 1 of sign-in: username, password and a name for this device, checked online. */
export function CredentialsForm({ onSignedIn }: { onSignedIn: (result: LoginResponse) => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [deviceName, setDeviceName] = useState(defaultDeviceName);
  const form = useSubmit({ mapError: MAP_ERROR });
  const { errors, fieldErrors, busy } = form;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!username.trim()) found.push({ id: 'username', message: 'Enter your username' });
    if (!password) found.push({ id: 'password', message: 'Enter your password' });
    if (!deviceName.trim())
      found.push({ id: 'device-name', message: 'Enter a name for this device' });
    form.fail(found);
    if (found.length) return;
    let result: LoginResponse | undefined;
    await form.run(async () => {
      result = await signIn({
        username: username.trim(),
        password,
        deviceName: deviceName.trim(),
      });
    });
    if (result) {
      setPassword('');
      onSignedIn(result);
    }
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)}>
      <ErrorSummary errors={errors} />
      <h1 className="govuk-heading-l">Sign in</h1>
      <p className="govuk-body">
        Signing in needs a connection. After that, the app works offline.
      </p>
      <TextInput
        id="username"
        label="Username"
        value={username}
        onChange={setUsername}
        error={fieldErrors.username}
        autoComplete="username"
        spellCheck={false}
        width="20"
      />
      <TextInput
        id="password"
        label="Password"
        type="password"
        value={password}
        onChange={setPassword}
        error={fieldErrors.password}
        autoComplete="current-password"
        width="20"
      />
      <TextInput
        id="device-name"
        label="Name for this device"
        hint="A name you and an administrator will recognise, for example “Work phone”. We suggest the browser and system; change it if you like"
        value={deviceName}
        onChange={setDeviceName}
        error={fieldErrors['device-name']}
        width="20"
      />
      <Button busy={busy}>{busy ? 'Signing in…' : 'Continue'}</Button>
    </form>
  );
}
