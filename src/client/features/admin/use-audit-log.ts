import { useCallback, useEffect, useState } from 'react';
import type { AuditEntryView } from '../../../domain/sync-protocol';
import { readAuditPage, type AuditFilters } from '../../sync/audit-client';
import { adminErrorMessage } from '../../sync/admin-client';

export interface AuditLog {
  entries: AuditEntryView[] | undefined;
  /** True while the first page or an older page is being fetched. */
  loading: boolean;
  hasOlder: boolean;
  error: string | null;
  loadOlder: () => void;
}

/** What has arrived for one set of filters (`key`); anything for another key is stale. */
interface Loaded {
  key: string;
  entries?: AuditEntryView[];
  cursor: string | null;
  error: string | null;
  busy: boolean;
}

/**
 * The audit entries matching `filters`, newest first, one page at a time.
 * New filters start again from the newest entry; answers for filters no
 * longer shown are dropped.
 */
export function useAuditLog(filters: AuditFilters | null, pageSize = 100): AuditLog {
  const key = JSON.stringify(filters);
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    if (!filters) return;
    let live = true;
    readAuditPage(filters, undefined, pageSize)
      .then((page) => {
        if (live)
          setLoaded({
            key,
            entries: page.entries,
            cursor: page.nextCursor,
            error: null,
            busy: false,
          });
      })
      .catch((err: unknown) => {
        if (live) setLoaded({ key, cursor: null, error: adminErrorMessage(err), busy: false });
      });
    return () => {
      live = false;
    };
    // The filters are compared by value (key), not by object identity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, pageSize]);

  const current = loaded?.key === key ? loaded : null;
  const cursor = current?.cursor ?? null;
  const loadOlder = useCallback(() => {
    if (!filters || !cursor) return;
    setLoaded((l) => (l ? { ...l, busy: true } : l));
    readAuditPage(filters, cursor, pageSize)
      .then((page) =>
        setLoaded((l) =>
          l?.key === key
            ? {
                key,
                entries: [...(l.entries ?? []), ...page.entries],
                cursor: page.nextCursor,
                error: null,
                busy: false,
              }
            : l,
        ),
      )
      .catch((err: unknown) =>
        setLoaded((l) =>
          l?.key === key ? { ...l, error: adminErrorMessage(err), busy: false } : l,
        ),
      );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, cursor, pageSize]);

  return {
    entries: current?.entries,
    loading: filters !== null && (current === null || current.busy),
    hasOlder: cursor !== null,
    error: current?.error ?? null,
    loadOlder,
  };
}
