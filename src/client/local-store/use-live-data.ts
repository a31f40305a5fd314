/**
 * Screen data that stays current: runs `querier` now, and again after every
 * committed IndexedDB write in this app (this tab's repositories, a sync
 * page, or another tab; Dexie's "storagemutated" event). Returns undefined
 * until the first result for the current `deps` arrives.
 *
 * Why not dexie-react-hooks' useLiveQuery: in the production build a list
 * subscribed while the first sync's page transaction was running never saw
 * that page (the calls list stayed empty after a first sync). Re-querying on
 * every commit costs a few milliseconds per screen and cannot miss a write.
 */
import { useEffect, useState, type DependencyList } from 'react';
import { watchCommits } from './store-commits';

function sameDeps(a: DependencyList, b: DependencyList): boolean {
  return a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
}

export function useLiveData<T>(querier: () => Promise<T> | T, deps: DependencyList): T | undefined {
  const [state, setState] = useState<{ deps: DependencyList; value: T } | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let stopped = false;
    const watch = watchCommits(async () => {
      try {
        const value = await querier();
        if (!stopped) setState({ deps, value });
      } catch (err) {
        if (!stopped) setError(err);
      }
    });
    watch.runNow();
    return () => {
      stopped = true;
      watch.stop();
    };
    // The caller's deps decide when to start over, as with useEffect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  if (error) throw error;
  return state && sameDeps(state.deps, deps) ? state.value : undefined;
}
