import type { SyncMeta, SyncState } from '../local-store/types';
import { Tag, type TagColour } from '../components/tag';

const LABELS: Record<SyncState, { text: string; colour: TagColour }> = {
  saved: { text: 'Saved on this device', colour: 'blue' },
  waiting: { text: 'Waiting to send', colour: 'yellow' },
  sent: { text: 'Sent', colour: 'green' },
  review: { text: 'Needs review', colour: 'orange' },
  rejected: { text: 'Rejected', colour: 'red' },
};

/**
 * Where a record stands with the server (sync.md "Conflicts, as the user sees
 * them"). A record with no `_sync` came from the server and has nothing
 * pending, so it reads "Sent". A rejection shows the server's reason.
 */
export function SyncBadge({ sync }: { sync: SyncMeta | undefined }) {
  const { text, colour } = LABELS[sync?.state ?? 'sent'];
  return (
    <span className="app-sync-badge">
      <Tag colour={colour}>{text}</Tag>
      {sync?.state === 'rejected' && sync.error && (
        <span className="govuk-body-s app-wrap-anywhere app-sync-badge__reason">
          {' '}
          {sync.error.message}
        </span>
      )}
    </span>
  );
}
