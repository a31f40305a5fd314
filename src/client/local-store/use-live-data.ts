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
import { Dexie } from 'dexie';
import { useEffect, useState, type DependencyList } from 'react';

function sameDeps(a: DependencyList, b: DependencyList): boolean {
  return a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
}

export function useLiveData<T>(querier: () => Promise<T> | T, deps: DependencyList): T | undefined {
  const [state, setState] = useState<{ deps: DependencyList; value: T } | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let stopped = false;
    let running = false;
    let again = false;
    // One query at a time; writes that land meanwhile cause exactly one more run.
    const run = async () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      do {
        again = false;
        try {
          const value = await querier();
          if (!stopped) setState({ deps, value });
        } catch (err) {
          if (!stopped) setError(err);
        }
      } while (again && !stopped);
      running = false;
    };
    const onCommit = () => void run();
    Dexie.on('storagemutated', onCommit);
    void run();
    return () => {
      stopped = true;
      Dexie.on('storagemutated').unsubscribe(onCommit);
    };
    // The caller's deps decide when to start over, as with useEffect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  if (error) throw error;
  return state && sameDeps(state.deps, deps) ? state.value : undefined;
}
