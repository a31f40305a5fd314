import { Navigate } from 'react-router-dom';
import { readsCases } from '../../domain/roles';
import type { Role } from '../../domain/roles';
import { useSession } from '../sync/session-store';

/** The first screen: "My day" for field officers, enforcement for the ASB officer, calls for other case roles, admin for administrators. */
export function HomeRedirect() {
  const user = useSession((s) => s.user);
  const status = useSession((s) => s.status);
  if (status !== 'unlocked' || !user)
    return <Navigate to={status === 'locked' ? '/unlock' : '/sign-in'} replace />;
  const roles = user.roles as Role[];
  if (roles.includes('field')) return <Navigate to="/my-day" replace />;
  // The ASB officer starts on their enforcement dashboard (reviews due, expiries, deliveries).
  if (roles.includes('asb_officer')) return <Navigate to="/enforcement" replace />;
  if (readsCases({ roles })) return <Navigate to="/calls" replace />;
  if (roles.includes('admin')) return <Navigate to="/admin" replace />;
  return <Navigate to="/review" replace />;
}
