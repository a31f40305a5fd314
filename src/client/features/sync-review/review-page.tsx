import { useLiveData } from '../../local-store/use-live-data';
import { useState } from 'react';
import { NotificationBanner } from '../../components/notification-banner';
import { usePageTitle } from '../../app/use-page-title';
import {
  discardRefused,
  keepMine,
  keepTheirs,
  listReviewItems,
  type ConflictItem,
} from '../../sync/review';
import { ConflictCard } from './conflict-card';
import { RefusedCard } from './refused-card';

/** "Needs review": conflicts to resolve and changes the server refused (sync.md). */
export function ReviewPage() {
  usePageTitle('Needs review');
  const list = useLiveData(() => listReviewItems(), []);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const run = async (action: () => Promise<void>, success: string) => {
    setBusy(true);
    setProblem(null);
    try {
      await action();
      setDone(success);
    } catch {
      setProblem('That could not be saved on this device. Try again.');
    } finally {
      setBusy(false);
    }
  };

  const choose = (item: ConflictItem, side: 'theirs' | 'mine') =>
    run(
      () => (side === 'theirs' ? keepTheirs : keepMine)(item.table, item.recordId, item.field),
      side === 'theirs' ? 'Kept their value.' : 'Your value will be sent at the next sync.',
    );

  if (!list)
    return (
      <div aria-busy="true">
        <h1 className="govuk-heading-l">Needs review</h1>
        <p className="govuk-body" role="status">
          Loading…
        </p>
      </div>
    );

  const empty = list.conflicts.length === 0 && list.refused.length === 0;
  return (
    <>
      {problem && <NotificationBanner heading={problem} />}
      {done && <NotificationBanner type="success" heading={done} />}
      <h1 className="govuk-heading-l">Needs review</h1>
      {empty && (
        <p className="govuk-body">
          Nothing needs review. Every change has been accepted or is waiting to send.
        </p>
      )}
      {list.conflicts.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Changed on two devices</h2>
          <p className="govuk-body">
            Someone else changed the same thing before your change reached the server. The server
            kept their value. Choose which one to keep.
          </p>
          {list.conflicts.map((item) => (
            <ConflictCard
              key={`${item.table}:${item.recordId}:${item.field}`}
              item={item}
              busy={busy}
              onChoose={(side) => void choose(item, side)}
            />
          ))}
        </>
      )}
      {list.refused.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Changes the server refused</h2>
          <p className="govuk-body">
            These changes were not saved on the server. Put the record right and save it again, or
            discard the change.
          </p>
          {list.refused.map((item) => (
            <RefusedCard
              key={item.mutationId}
              item={item}
              busy={busy}
              onDiscard={() =>
                void run(() => discardRefused(item.mutationId), 'The change was discarded.')
              }
            />
          ))}
        </>
      )}
    </>
  );
}
