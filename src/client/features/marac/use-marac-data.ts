/** Live MARAC data for the screens, and who the signed-in user is (the server still decides). */
import { useMemo } from 'react';
import { canRead } from '../../../domain/access';
import { actorOf, type Actor } from '../../../domain/roles';
import { useDb } from '../../local-store/db-context';
import {
  listMaracActions,
  listMeetings,
  listReceipts,
  listReferrals,
  referralBundle,
} from '../../local-store/marac-queries';
import { useLiveData } from '../../local-store/use-live-data';
import { useSession } from '../../sync/session-store';

export function useMaracActor(): { actor: Actor | null; member: boolean } {
  const user = useSession((s) => s.user);
  return useMemo(() => {
    const actor = user ? actorOf(user) : null;
    return { actor, member: actor !== null && canRead(actor, 'maracReferrals') };
  }, [user]);
}

export function useReferrals() {
  const db = useDb();
  return useLiveData(() => listReferrals(db), [db]);
}

export function useReceipts() {
  const db = useDb();
  return useLiveData(() => listReceipts(db), [db]);
}

export function useReferralBundle(id: string) {
  const db = useDb();
  return useLiveData(() => referralBundle(db, id), [db, id]);
}

export function useMeetings() {
  const db = useDb();
  return useLiveData(() => listMeetings(db), [db]);
}

export function useMaracActions() {
  const db = useDb();
  return useLiveData(() => listMaracActions(db), [db]);
}
