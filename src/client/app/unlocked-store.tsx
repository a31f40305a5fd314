import { Navigate, Outlet, useLocation, useMatches } from 'react-router-dom';
import { canOpen, type ScreenNeed } from '../../domain/access';
import { actorOf } from '../../domain/roles';
import { findActiveDb } from '../local-store/db';
import { DbProvider } from '../local-store/db-context';
import { useSession } from '../sync/session-store';
import { NoAccessPage } from './no-access-page';

/**
 * Hands the unlocked user's database to every record screen (`useDb()`),
 * and shows "you do not have access" instead of a screen whose route needs
 * what the user's roles do not grant (`handle: { need }`, checked against
 * the matrix). Mounted inside RequireUnlocked and loaded lazily with the
 * device store, so the sign-in screen never downloads Dexie or the matrix.
 * A database that is not the signed-in user's (closed by a lock or a switch)
 * is never handed out.
 */
export function UnlockedStore() {
  const user = useSession((s) => s.user);
  const location = useLocation();
  const matches = useMatches();
  const db = findActiveDb();
  if (!user || !db || db.userId !== user.id)
    return <Navigate to="/unlock" replace state={{ from: location.pathname }} />;
  const actor = actorOf(user);
  const denied = matches.some((m) => {
    const need = (m.handle as { need?: ScreenNeed } | undefined)?.need;
    return need !== undefined && !canOpen(actor, need);
  });
  return <DbProvider db={db}>{denied ? <NoAccessPage /> : <Outlet />}</DbProvider>;
}
