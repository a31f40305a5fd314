/**
 * The unlocked user's database, or null while locked or signed out. Screens
 * and the review list must not read records then (sync.md "Auth").
 */
import { getActiveDb, type CsuDb } from '../local-store/db';
import { useSession } from './session-store';

export function unlockedDb(): CsuDb | null {
  const { status, user } = useSession.getState();
  if (status !== 'unlocked' || !user) return null;
  return getActiveDb();
}
