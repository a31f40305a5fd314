import { useState } from 'react';
import { usePwa } from './pwa-store';
import { hasUnsavedFormInput } from './unsaved-work';

/**
 * "A new version is available". The update is applied only when the user
 * says so, only when no push is in flight (`busy`), and after a warning if a
 * form on screen has been started: drafts are kept, but the user decides.
 */
export function UpdateBanner({ busy }: { busy: boolean }) {
  const needRefresh = usePwa((s) => s.needRefresh);
  const applyUpdate = usePwa((s) => s.applyUpdate);
  const [confirming, setConfirming] = useState(false);
  const [updating, setUpdating] = useState(false);
  if (!needRefresh || !applyUpdate) return null;

  const update = async () => {
    if (!confirming && hasUnsavedFormInput()) {
      setConfirming(true);
      return;
    }
    setUpdating(true);
    await applyUpdate();
  };

  return (
    <div
      className="govuk-notification-banner app-update-banner"
      role="region"
      aria-labelledby="update-title"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="update-title">
          Update available
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-body">A new version of this app is ready.</p>
        {confirming && (
          <p className="govuk-body govuk-!-font-weight-bold" role="alert">
            You have started filling in a form on this page. Save it first, or update now and carry
            on from the saved draft.
          </p>
        )}
        {busy ? (
          <p className="govuk-body">
            Sending your changes first. You can update when that has finished.
          </p>
        ) : (
          <div className="govuk-button-group">
            <button
              type="button"
              className="govuk-button"
              onClick={() => void update()}
              disabled={updating}
            >
              {confirming ? 'Update anyway' : 'Update now'}
            </button>
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => usePwa.getState().set({ needRefresh: false })}
            >
              Later
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
