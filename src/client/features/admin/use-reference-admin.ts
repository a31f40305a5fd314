import { useEffect, useState } from 'react';
import type { AdminReferenceTable } from '../../../domain/reference-admin-schemas';
import { referenceErrorMessage } from '../../sync/reference-admin-client';

export interface Fetched<T> {
  data: T | undefined;
  /** Plain English when loading failed (offline, signed out, not found). */
  error: string | null;
}

/**
 * One read of the reference admin API, fetched online each time the screen
 * opens: the admin sees the server's lists and counts, not this device's copy.
 */
export function useReferenceFetch<T>(
  load: () => Promise<T>,
  key: readonly [AdminReferenceTable, string?],
): Fetched<T> {
  const [table, id] = key;
  const wanted = `${table}/${id ?? ''}`;
  const [state, setState] = useState<Fetched<T> & { key: string }>();
  useEffect(() => {
    let live = true;
    load()
      .then((data) => live && setState({ key: wanted, data, error: null }))
      .catch(
        (err: unknown) =>
          live && setState({ key: wanted, data: undefined, error: referenceErrorMessage(err) }),
      );
    return () => {
      live = false;
    };
    // `load` is rebuilt each render; the list and item it reads are the key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wanted]);
  // What an earlier list or item fetched is not shown while the next one loads.
  return state?.key === wanted ? state : { data: undefined, error: null };
}
