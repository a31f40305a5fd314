import { useDb } from '../../local-store/db-context';
import { getLocation, getPerson } from '../../local-store/record-edits-repo';
import type { LocalLocation, LocalPerson } from '../../local-store/types';
import { useLiveData } from '../../local-store/use-live-data';

/** The person on this device, live; null when it is not here. */
export function usePerson(id: string): LocalPerson | null | undefined {
  const db = useDb();
  return useLiveData(async () => (await getPerson(db, id)) ?? null, [db, id]);
}

export function useLocation(id: string): LocalLocation | null | undefined {
  const db = useDb();
  return useLiveData(async () => (await getLocation(db, id)) ?? null, [db, id]);
}
