import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { LoginResponse } from '../../../domain/sync-protocol';
import { NotificationBanner } from '../../components/notification-banner';
import { usePageTitle } from '../../app/use-page-title';
import { finishSignIn } from '../../sync/session-actions';
import { useSession } from '../../sync/session-store';
import { CredentialsForm } from './credentials-form';
import { PassphraseForm } from './passphrase-form';
import { useReturnPath } from './use-return-path';

/** Sign in online, then choose the local unlock passphrase. */
export function SignInPage() {
  const [result, setResult] = useState<LoginResponse | null>(null);
  usePageTitle(result ? 'Choose an unlock passphrase' : 'Sign in');
  const notice = useSession((s) => s.notice);
  const needsSignIn = useSession((s) => s.needsSignIn);
  const navigate = useNavigate();
  const returnPath = useReturnPath();

  if (result)
    return (
      <PassphraseForm
        name={result.user.name}
        onChosen={async (passphrase) => {
          await finishSignIn(result, passphrase);
          void navigate(returnPath, { replace: true });
        }}
      />
    );
  return (
    <>
      {notice && <NotificationBanner heading={notice} />}
      {needsSignIn && !notice && (
        <NotificationBanner heading="Your session has ended. Sign in again to send your changes. They are safe on this device." />
      )}
      <CredentialsForm onSignedIn={setResult} />
    </>
  );
}
