import { Link } from 'react-router-dom';
import { formatDateTime } from '../../domain/dates';
import { useSyncHeader } from '../sync/use-sync-header';

/**
 * Header summary of sync: how many changes are waiting, when the last
 * successful sync finished, a progress bar during the first sync, and the
 * "Sync now" button. Screen readers hear changes through role=status.
 */
export function SyncStatus() {
  const { pendingCount, lastSyncAt, phase, syncNow, firstSyncProgress, needsSignIn } =
    useSyncHeader();
  const busy = phase === 'pushing' || phase === 'pulling';
  return (
    <div className="app-sync-status">
      <p className="app-sync-status__text" role="status">
        {pendingCount === 0 ? 'All changes sent' : `${pendingCount} waiting to send`}
        <span className="app-sync-status__time">
          {lastSyncAt ? ` · last sync ${formatDateTime(lastSyncAt)}` : ' · not synced yet'}
        </span>
        {needsSignIn && (
          <span>
            {' · '}
            <Link className="app-nav__link" to="/sign-in">
              Sign in again
            </Link>{' '}
            to send them (your changes are kept)
          </span>
        )}
      </p>
      {firstSyncProgress && (
        <div className="app-sync-status__progress">
          <label className="govuk-visually-hidden" htmlFor="first-sync-progress">
            Downloading records for the first time
          </label>
          <progress
            id="first-sync-progress"
            max={firstSyncProgress.total ?? undefined}
            value={firstSyncProgress.received}
          >
            {firstSyncProgress.received} records
          </progress>
        </div>
      )}
      <button
        type="button"
        className="govuk-button govuk-button--secondary app-sync-status__button"
        onClick={() => void syncNow()}
        disabled={busy}
      >
        {busy ? 'Syncing…' : 'Sync now'}
      </button>
    </div>
  );
}
