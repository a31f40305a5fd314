import { useDb } from '../../local-store/db-context';
import { ladderForAdmin } from '../../local-store/powers-repo';
import { useLiveData } from '../../local-store/use-live-data';

/** The powers ladder on this device (synced reference data), withdrawn steps included. */
export function useLadder() {
  const db = useDb();
  return useLiveData(() => ladderForAdmin(db), [db]);
}
