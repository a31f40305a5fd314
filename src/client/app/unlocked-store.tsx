import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { findActiveDb } from '../local-store/db';
import { DbProvider } from '../local-store/db-context';
import { useSession } from '../sync/session-store';

/**
 * Hands the unlocked user's database to every record screen (`useDb()`).
 * Mounted inside RequireUnlocked and loaded lazily with the device store, so
 * the sign-in screen never downloads Dexie. A database that is not the
 * signed-in user's (closed by a lock or a switch) is never handed out.
 */
export function UnlockedStore() {
  const userId = useSession((s) => s.user?.id);
  const location = useLocation();
  const db = findActiveDb();
  if (!db || db.userId !== userId)
    return <Navigate to="/unlock" replace state={{ from: location.pathname }} />;
  return (
    <DbProvider db={db}>
      <Outlet />
    </DbProvider>
  );
}
