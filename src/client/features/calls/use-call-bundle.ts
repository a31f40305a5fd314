import { useLiveData } from '../../local-store/use-live-data';
import { useDb } from '../../local-store/db-context';
import {
  getCallBundle,
  recentCallsFor,
  type CallBundle,
  type RecentCalls,
} from '../../local-store/queries';

/**
 * A call and everything the call page shows. `undefined` while loading,
 * `null` when the call is not on this device.
 */
export function useCallBundle(callId: string): CallBundle | null | undefined {
  const db = useDb();
  return useLiveData(async () => (await getCallBundle(db, callId)) ?? null, [db, callId]);
}

/** Linked calls around a call in view, and whether they make it a repeat. */
export function useRepeatsFor(bundle: CallBundle | null | undefined): RecentCalls | undefined {
  const db = useDb();
  const call = bundle?.call;
  const key = call
    ? JSON.stringify([call.id, call.location.locationId, call.personIds, call.receivedAt])
    : '';
  return useLiveData(async () => {
    if (!key) return undefined;
    const [callId, locationId, personIds, at] = JSON.parse(key) as [
      string,
      string,
      string[],
      string,
    ];
    return recentCallsFor(db, { callId, locationId, personIds, at });
  }, [db, key]);
}
