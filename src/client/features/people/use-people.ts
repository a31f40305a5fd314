/**
 * The people screens' reads, live from the device store. The viewer's roles
 * decide which linked records a page gathers (the matrix, as the server
 * decides what reaches the device).
 */
import { useEffect, useRef, useState } from 'react';
import { canRead } from '../../../domain/access';
import type { TableName } from '../../../domain/tables';
import { useActor } from '../../app/use-actor';
import { useDb } from '../../local-store/db-context';
import { searchPeopleAndPlaces, type SearchResult } from '../../local-store/people-search';
import { locationPage, personPage } from '../../local-store/person-queries';
import { useLiveData } from '../../local-store/use-live-data';
import { recordView } from '../../sync/view-events';

function useMayRead() {
  const actor = useActor();
  return (table: TableName) => actor !== null && canRead(actor, table);
}

/**
 * Results for the typed text. While the next answer is on its way the
 * previous one stays on screen, so the list does not flash as people type.
 */
export function usePeopleSearch(text: string): SearchResult | undefined {
  const db = useDb();
  const latest = useLiveData(() => searchPeopleAndPlaces(db, text), [db, text]);
  const [shown, setShown] = useState<SearchResult | undefined>(undefined);
  if (latest !== undefined && latest !== shown) setShown(latest);
  return latest ?? shown;
}

/** Roles as a key, so a page re-reads only when what the viewer may read changes. */
function useRolesKey() {
  return (useActor()?.roles ?? []).join(',');
}

export function usePersonPage(id: string) {
  const db = useDb();
  const mayRead = useMayRead();
  const roles = useRolesKey();
  return useLiveData(async () => (await personPage(db, id, mayRead)) ?? null, [db, id, roles]);
}

export function useLocationPage(id: string) {
  const db = useDb();
  const mayRead = useMayRead();
  const roles = useRolesKey();
  return useLiveData(async () => (await locationPage(db, id, mayRead)) ?? null, [db, id, roles]);
}

/**
 * Audits that the record was opened (sync.md view events), once per record
 * shown. The label says what kind of record, never anything about who.
 */
export function useRecordView(table: 'people' | 'locations', id: string, found: boolean) {
  const done = useRef('');
  useEffect(() => {
    if (!found || done.current === id) return;
    done.current = id;
    void recordView(table, id, table === 'people' ? 'Person opened' : 'Location opened');
  }, [table, id, found]);
}
