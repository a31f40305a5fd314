import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import type { RetentionPeriods } from '../../../domain/rules/retention';
import { NotificationBanner } from '../../components/notification-banner';
import { usePageTitle } from '../../app/use-page-title';
import { adminErrorMessage } from '../../sync/admin-client';
import {
  readDisposalQueue,
  readRetention,
  type DisposalCandidate,
} from '../../sync/retention-client';
import { DisposalQueue } from './disposal-queue';
import { RetentionPeriodsForm } from './retention-periods-form';

interface Loaded {
  periods: RetentionPeriods;
  due: DisposalCandidate[];
}

/**
 * The retention schedule for admins: how long each kind of record is kept
 * after closure, and the records now past it, to review and dispose of.
 * Online only (nothing of it is kept on the device).
 */
export function RetentionPage() {
  usePageTitle('Retention and disposal');
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    let live = true;
    Promise.all([readRetention(), readDisposalQueue()])
      .then(([periods, due]) => {
        if (!live) return;
        setLoaded({ periods, due });
        setError(null);
      })
      .catch((err: unknown) => {
        if (live) setError(adminErrorMessage(err));
      });
    return () => {
      live = false;
    };
  }, [version]);

  return (
    <>
      <p className="govuk-body">
        <Link className="govuk-link" to="/admin">
          Back to users and devices
        </Link>
      </p>
      {message && <NotificationBanner type="success" heading={message} />}
      <h1 className="govuk-heading-l">Retention and disposal</h1>
      {error && <NotificationBanner heading={error} />}
      {!loaded && !error && (
        <p className="govuk-body" role="status">
          Loading…
        </p>
      )}
      {loaded && (
        <>
          <RetentionPeriodsForm
            key={JSON.stringify(loaded.periods)}
            periods={loaded.periods}
            onSaved={() => {
              setMessage('Retention periods saved. The disposal queue below uses them.');
              reload();
            }}
          />
          <h2 className="govuk-heading-m">Due for disposal</h2>
          <DisposalQueue
            due={loaded.due}
            onDisposed={(count) => {
              setMessage(
                `${count} ${count === 1 ? 'record' : 'records'} disposed of. Devices remove them at their next sync.`,
              );
              reload();
            }}
          />
        </>
      )}
    </>
  );
}
