import { useEffect, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { usePwa } from './pwa-store';
import { needsHomeScreenAdvice } from './storage-persist';

/** Set once the notice has been shown on this device: it is advice, not a warning to repeat. */
export const STORAGE_NOTICE_SEEN_KEY = 'csu.storage-notice-seen';

function seenBefore(): boolean {
  try {
    return localStorage.getItem(STORAGE_NOTICE_SEEN_KEY) === 'yes';
  } catch {
    return false;
  }
}

/**
 * Tells the user whether records on this device are protected from the
 * browser clearing storage, and on iPhone/iPad how to add the app to the
 * Home Screen (Safari deletes data of sites unused for 7 days otherwise).
 * Shown once per device, on the screen where it first applies, until the
 * user dismisses it or moves to another screen.
 */
export function DeviceStorageNotice() {
  const persist = usePwa((s) => s.persist);
  const showIos = typeof window !== 'undefined' && needsHomeScreenAdvice();
  const { pathname } = useLocation();
  const [seen] = useState(seenBefore);
  const [shownOn, setShownOn] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState(false);
  const applies = persist === 'denied' || showIos;

  // Decided while rendering (not in an effect): the screen it first applies to is where it shows.
  if (applies && !seen && shownOn === null) setShownOn(pathname);
  useEffect(() => {
    if (shownOn === null) return;
    try {
      localStorage.setItem(STORAGE_NOTICE_SEEN_KEY, 'yes');
    } catch {
      // Private browsing without storage: the notice may show again next time, which is harmless.
    }
  }, [shownOn]);

  if (!applies || dismissed || shownOn === null || shownOn !== pathname) return null;
  return (
    <div
      className="govuk-inset-text app-device-notice"
      role="region"
      aria-label="Storage on this device"
    >
      {persist === 'denied' && (
        <p className="govuk-body-s">
          This browser has not agreed to keep this app’s storage permanently. Your records are
          saved, but sync often so that nothing is only on this device.
        </p>
      )}
      {showIos && (
        <p className="govuk-body-s">
          On iPhone or iPad, add this app to your Home Screen: tap the Share button, then “Add to
          Home Screen”. Otherwise Safari may delete records on this device after 7 days without use.
        </p>
      )}
      <button
        type="button"
        className="govuk-button govuk-button--secondary app-device-notice__dismiss"
        aria-label="Dismiss the storage notice"
        onClick={() => setDismissed(true)}
      >
        Dismiss
      </button>
    </div>
  );
}
