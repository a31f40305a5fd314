import { useState } from 'react';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../domain/dates';
import { useSyncHeader } from '../sync/use-sync-header';
import { useOnline } from './use-online';

/** The answer to a press of "Sync now"; `after` is the last good sync's time when it came. */
type Feedback =
  | { kind: 'running' }
  | { kind: 'done'; after: string | null }
  | { kind: 'failed'; message: string; after: string | null };

function waitingText(pending: number, review: number): string {
  if (pending > 0) return `${pending} waiting to send`;
  // Refused changes never reached the server: "all sent" would hide them.
  return review > 0 ? 'Nothing waiting to send' : 'All changes sent';
}

function feedbackText(feedback: Feedback): string {
  if (feedback.kind === 'running') return 'Syncing now…';
  if (feedback.kind === 'done') return 'Sync finished';
  return `Sync did not finish: ${feedback.message}`;
}

/**
 * Header summary of sync: how many changes are waiting, how many need review
 * (refused or in conflict), when the last successful sync finished, a
 * progress bar during the first sync, and "Sync now" with what came of it.
 * Offline, "Sync now" is unavailable and says why. Screen readers hear
 * changes through role=status.
 */
export function SyncStatus() {
  const { pendingCount, reviewCount, lastSyncAt, phase, syncNow, firstSyncProgress, needsSignIn } =
    useSyncHeader();
  const online = useOnline();
  const [answer, setAnswer] = useState<Feedback | null>(null);
  const busy = phase === 'pushing' || phase === 'pulling';
  // A later good sync, run without asking, makes the answer to the press old news.
  const feedback =
    answer && (answer.kind === 'running' || answer.after === lastSyncAt) ? answer : null;

  const press = async () => {
    setAnswer({ kind: 'running' });
    const result = await syncNow();
    setAnswer(
      result.ok
        ? { kind: 'done', after: result.lastSyncAt }
        : { kind: 'failed', message: result.message, after: result.lastSyncAt },
    );
  };
  const running = busy || feedback?.kind === 'running';
  return (
    <div className="app-sync-status">
      <p className="app-sync-status__text" role="status">
        {waitingText(pendingCount, reviewCount)}
        {reviewCount > 0 && (
          <span>
            {' · '}
            <Link className="app-nav__link" to="/review">
              {reviewCount} need{reviewCount === 1 ? 's' : ''} review
            </Link>
          </span>
        )}
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
        {feedback && <span className="app-sync-status__feedback"> · {feedbackText(feedback)}</span>}
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
        onClick={() => void press()}
        disabled={running || !online}
        aria-describedby={online ? undefined : 'sync-now-offline'}
      >
        {running ? 'Syncing…' : 'Sync now'}
      </button>
      {!online && (
        <span id="sync-now-offline" className="app-sync-status__hint">
          Sync now works again when this device is back online
        </span>
      )}
    </div>
  );
}
