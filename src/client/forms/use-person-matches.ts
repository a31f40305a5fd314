import { useDb } from '../local-store/db-context';
import { findPeople } from '../local-store/people-search';
import type { LocalPerson } from '../local-store/types';
import { useLiveData } from '../local-store/use-live-data';

/** Below this many letters a name matches too many people to be useful. */
const MIN_NAME_LENGTH = 3;

/** People already on this device whose name matches what is typed (merged records left out). */
export function usePersonMatches(name: string): LocalPerson[] {
  const db = useDb();
  const text = name.trim();
  const found = useLiveData(
    async () => (text.length < MIN_NAME_LENGTH ? [] : findPeople(db, text, 5)),
    [db, text],
  );
  return (found ?? []).filter((p) => !p.mergedInto);
}
