import { useDb } from '../../local-store/db-context';
import { useLiveData } from '../../local-store/use-live-data';
import {
  listCalls,
  recentCallsFor,
  type CallFilters,
  type CallListRow,
} from '../../local-store/queries';
import type { LocalCall } from '../../local-store/types';

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

/**
 * Which of the listed calls are repeats (domain.md thresholds), by the same
 * rule as the call page's repeat panel. Only the calls on screen are
 * checked, each with two index lookups. Undefined while loading.
 */
export function useRepeatFlags(calls: readonly LocalCall[]): ReadonlySet<string> | undefined {
  const db = useDb();
  const key = JSON.stringify(
    calls.map((c) => [c.id, c.location.locationId, c.personIds, c.receivedAt]),
  );
  return useLiveData(async () => {
    const wanted = JSON.parse(key) as [string, string, string[], string][];
    const found = await Promise.all(
      wanted.map(async ([callId, locationId, personIds, at]) =>
        (await recentCallsFor(db, { callId, locationId, personIds, at })).isRepeat ? callId : '',
      ),
    );
    return new Set(found.filter(Boolean));
  }, [db, key]);
}
