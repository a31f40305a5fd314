/**
 * The user directory as screens show it: people chosen by name, and every
 * user id a record carries (owner, assignee, who issued) shown as the
 * person's name, never as the id. One live hook for every feature; it
 * follows the directory as it syncs.
 */
import { useMemo } from 'react';
import type { DirectoryUser } from '../../domain/schemas/reference';
import { useDb } from '../local-store/db-context';
import { userDirectory } from '../local-store/queries';
import { useLiveData } from '../local-store/use-live-data';

/** What a screen shows for an id that is not (yet) in this device's directory. */
export const UNKNOWN_USER = 'someone not in the directory';

export interface UserDirectory {
  /** Active users, by name: who may be chosen. */
  active: DirectoryUser[];
  /** The person's name for a user id ('' for none); an unknown id is never shown. */
  nameOf: (id: string | undefined) => string;
  /** Active users of one agency, by name. */
  inAgency: (agencyId: string) => DirectoryUser[];
}

export function userNameIn(users: readonly DirectoryUser[], id: string | undefined): string {
  if (!id) return '';
  return users.find((u) => u.id === id)?.name ?? UNKNOWN_USER;
}

export function useUserDirectory(): UserDirectory {
  const db = useDb();
  const users = useLiveData(() => userDirectory(db), [db]);
  return useMemo(() => {
    const all = users ?? [];
    const active = all.filter((u) => u.active);
    return {
      active,
      // Blank until the directory has loaded, rather than "not in the directory" for a moment.
      nameOf: (id) => (users ? userNameIn(all, id) : ''),
      inAgency: (agencyId) => active.filter((u) => u.agencyId === agencyId),
    };
  }, [users]);
}
