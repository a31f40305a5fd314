import { useState, type FormEvent } from 'react';
import { Button } from '../../components/button';
import { ErrorSummary, type FieldError } from '../../components/error-summary';
import { TextInput } from '../../components/text-input';
import { MIN_PASSPHRASE_LENGTH, passphraseProblem } from '../../sync/unlock-secret';

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
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);

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
    setErrors(found);
    if (found.length) return;
    setBusy(true);
    try {
      await onChosen(passphrase);
    } catch {
      setErrors([
        {
          id: 'passphrase',
          message: 'The passphrase could not be saved on this device. Try again',
        },
      ]);
      setBusy(false);
    }
  };

  const fieldError = (id: string) => errors.find((e) => e.id === id)?.message;
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
        hint={`At least ${MIN_PASSPHRASE_LENGTH} characters. A few words are easy to remember, for example “blue kettle walks”`}
        type="password"
        value={passphrase}
        onChange={setPassphrase}
        error={fieldError('passphrase')}
        autoComplete="new-password"
        width="20"
      />
      <TextInput
        id="passphrase-confirm"
        label="Type the passphrase again"
        type="password"
        value={confirm}
        onChange={setConfirm}
        error={fieldError('passphrase-confirm')}
        autoComplete="new-password"
        width="20"
      />
      <Button busy={busy}>{busy ? 'Saving…' : 'Save and continue'}</Button>
    </form>
  );
}
