import { useDb } from '../../local-store/db-context';
import { useLiveData } from '../../local-store/use-live-data';
import { listCalls, type CallFilters, type CallListRow } from '../../local-store/queries';

/**
 * The calls list for a set of filters, newest first, at most `limit` rows
 * (the screen asks for one more than it shows, to know whether to offer
 * "Show more"). Undefined while loading.
 */
export function useCallsList(
  filters: Omit<CallFilters, 'now'>,
  limit: number,
): CallListRow[] | undefined {
  const db = useDb();
  const key = JSON.stringify(filters);
  return useLiveData(
    () =>
      listCalls(db, { ...(JSON.parse(key) as Omit<CallFilters, 'now'>), now: new Date() }, limit),
    [db, key, limit],
  );
}

/** Whether any call at all is on this device (to tell "none yet" from "none match"). */
export function useHasAnyCall(): boolean | undefined {
  const db = useDb();
  return useLiveData(async () => (await listCalls(db, { now: new Date() }, 1)).length > 0, [db]);
}
