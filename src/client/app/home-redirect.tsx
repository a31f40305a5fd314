import { Navigate } from 'react-router-dom';
import { readsCases } from '../../domain/roles';
import type { Role } from '../../domain/roles';
import { useSession } from '../sync/session-store';

/** The first screen: the calls list for case roles, the admin screen for administrators. */
export function HomeRedirect() {
  const user = useSession((s) => s.user);
  const status = useSession((s) => s.status);
  if (status !== 'unlocked' || !user)
    return <Navigate to={status === 'locked' ? '/unlock' : '/sign-in'} replace />;
  const roles = user.roles as Role[];
  if (readsCases({ roles })) return <Navigate to="/calls" replace />;
  if (roles.includes('admin')) return <Navigate to="/admin" replace />;
  return <Navigate to="/review" replace />;
}
