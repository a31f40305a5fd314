import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { useSession } from '../sync/session-store';

/**
 * Records open only behind the local unlock (sync.md "Auth"): a lost phone
 * must not show them. Signed out → sign in; locked → unlock. The page the
 * user asked for is kept in router state, never in the URL query.
 */
export function RequireUnlocked() {
  const status = useSession((s) => s.status);
  const location = useLocation();
  if (status === 'unlocked') return <Outlet />;
  return (
    <Navigate
      to={status === 'locked' ? '/unlock' : '/sign-in'}
      replace
      state={{ from: location.pathname }}
    />
  );
}
