import { useState, type FormEvent } from 'react';
import { Button } from '../../components/button';
import { ErrorSummary, type FieldError } from '../../components/error-summary';
import { TextInput } from '../../components/text-input';
import { failureAt } from '../../forms/form-errors';
import { useSubmit } from '../../forms/use-submit';
import { MIN_SECRET_LENGTH } from '../../../domain/sync-protocol';
import { passphraseProblem } from '../../sync/unlock-secret';

const MAP_ERROR = failureAt(
  'passphrase',
  () => 'The passphrase could not be saved on this device. Try again',
);

/**
 * Step 2 of sign-in: choose the passphrase that unlocks the app on this
 * device when offline. Never a short numeric PIN (sync.md "Auth").
 */
export function PassphraseForm({
  name,
  onChosen,
}: {
  name: string;
  onChosen: (passphrase: string) => Promise<void>;
}) {
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const form = useSubmit({ mapError: MAP_ERROR });
  const { errors, fieldErrors, busy } = form;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldError[] = [];
    const problem = passphrase ? passphraseProblem(passphrase) : 'Enter an unlock passphrase';
    if (problem) found.push({ id: 'passphrase', message: problem });
    else if (confirm !== passphrase)
      found.push({
        id: 'passphrase-confirm',
        message: 'The passphrases do not match. Type the same passphrase twice',
      });
    form.fail(found);
    if (found.length) return;
    await form.run(() => onChosen(passphrase));
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)}>
      <ErrorSummary errors={errors} />
      <h1 className="govuk-heading-l">Choose an unlock passphrase</h1>
      <p className="govuk-body">Signed in as {name}.</p>
      <p className="govuk-body">
        You will type this passphrase to open the app on this device, including when you are
        offline. It keeps records safe if the device is lost. It is not sent to the server.
      </p>
      <TextInput
        id="passphrase"
        label="Unlock passphrase"
        hint={`At least ${MIN_SECRET_LENGTH} characters. A few words are easy to remember, for example “blue kettle walks”`}
        type="password"
        value={passphrase}
        onChange={setPassphrase}
        error={fieldErrors.passphrase}
        autoComplete="new-password"
        width="20"
      />
      <TextInput
        id="passphrase-confirm"
        label="Type the passphrase again"
        type="password"
        value={confirm}
        onChange={setConfirm}
        error={fieldErrors['passphrase-confirm']}
        autoComplete="new-password"
        width="20"
      />
      <Button busy={busy}>{busy ? 'Saving…' : 'Save and continue'}</Button>
    </form>
  );
}
