import { useDb } from '../local-store/db-context';
import { caseReviewFor, type PersonWarning } from '../local-store/group-queries';
import { useLiveData } from '../local-store/use-live-data';

/**
 * ASB Case Review warnings (after merges) for these people: only those who
 * meet the trigger. The person page, the call page and the calls list ask.
 */
export function useCaseReview(personIds: readonly string[]): PersonWarning[] | undefined {
  const db = useDb();
  const key = [...new Set(personIds)].sort().join(',');
  return useLiveData(() => caseReviewFor(db, key ? key.split(',') : []), [db, key]);
}
