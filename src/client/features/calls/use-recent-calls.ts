import { useDeferredValue } from 'react';
import { useLiveData } from '../../local-store/use-live-data';
import { useDb } from '../../local-store/db-context';
import { findPeople } from '../../local-store/people-search';
import { recentCallsFor, type RecentCalls } from '../../local-store/queries';

export interface RecentCallsLookup {
  address: string;
  wardCode: string;
  names: string[];
  /** ISO instant the new call was received. */
  at: string;
}

export interface RecentCallsResult extends RecentCalls {
  /** Typed names that match people already on this device. */
  knownNames: string[];
}

/**
 * Calls already logged at the typed address (in the chosen ward) or about
 * people with the typed names, so the chair sees a repeat before saving.
 * Lookups trail typing (deferred) so the form stays responsive.
 */
export function useRecentCallsLookup(lookup: RecentCallsLookup): RecentCallsResult | undefined {
  const db = useDb();
  const key = useDeferredValue(JSON.stringify(lookup));
  return useLiveData(async () => {
    const { address, wardCode, names, at } = JSON.parse(key) as RecentCallsLookup;
    const wanted = [...new Set(names.map((n) => n.trim().toLowerCase()).filter(Boolean))];
    const personIds: string[] = [];
    const knownNames: string[] = [];
    for (const name of wanted) {
      const found = (await findPeople(db, name)).filter(
        (p) => p.name.trim().toLowerCase() === name,
      );
      if (found.length > 0) knownNames.push(found[0]!.name);
      personIds.push(...found.map((p) => p.id));
    }
    const hasAddress = address.trim() !== '' && wardCode !== '';
    if (!hasAddress && personIds.length === 0)
      return {
        calls: [],
        matches: [],
        isRepeat: false,
        settings: { calls: 0, windowDays: 0 },
        knownNames,
      };
    const recent = await recentCallsFor(db, {
      ...(hasAddress ? { normAddress: address, wardCode } : {}),
      personIds,
      at,
    });
    return { ...recent, knownNames };
  }, [db, key]);
}
