import { usePwa } from './pwa-store';
import { needsHomeScreenAdvice } from './storage-persist';

/**
 * Tells the user whether records on this device are protected from the
 * browser clearing storage, and on iPhone/iPad how to add the app to the
 * Home Screen (Safari deletes data of sites unused for 7 days otherwise).
 */
export function DeviceStorageNotice() {
  const persist = usePwa((s) => s.persist);
  const showIos = typeof window !== 'undefined' && needsHomeScreenAdvice();
  if (persist !== 'denied' && !showIos) return null;
  return (
    <div className="govuk-inset-text app-device-notice">
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
    </div>
  );
}
