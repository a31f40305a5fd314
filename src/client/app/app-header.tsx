import { Link, NavLink } from 'react-router-dom';
import { hasRole, type Role } from '../../domain/roles';
import { useSession } from '../sync/session-store';
import { useReviewCount } from '../sync/use-sync-header';
import { SyncStatus } from './sync-status';
import { useOnline } from './use-online';

interface NavItem {
  to: string;
  label: string;
  roles?: Role[];
  /** Shows how many items wait there (refused changes and conflicts for "Needs review"). */
  counted?: boolean;
}

const NAV: NavItem[] = [
  { to: '/calls', label: 'Calls', roles: ['field', 'chair', 'asb_officer'] },
  { to: '/calls/new', label: 'Log a call', roles: ['field', 'chair', 'asb_officer'] },
  { to: '/review', label: 'Needs review', counted: true },
  { to: '/admin', label: 'Admin', roles: ['admin'] },
];

/** Service name, navigation for the signed-in user's roles, offline and sync state. */
export function AppHeader() {
  const online = useOnline();
  const user = useSession((s) => s.user);
  const status = useSession((s) => s.status);
  const unlocked = status === 'unlocked' && user !== null;
  const reviewCount = useReviewCount();
  const items = NAV.filter(
    (i) => !i.roles || (user && hasRole({ roles: user.roles as Role[] }, ...i.roles)),
  );
  return (
    <header className="app-header" role="banner">
      <div className="govuk-width-container app-header__container">
        <Link className="app-header__title" to="/">
          Community Safety Unit
        </Link>
        <div className="app-header__status">
          {!online && (
            <strong className="app-offline-tag" role="status">
              Offline – saving on this device
            </strong>
          )}
          {unlocked && <SyncStatus />}
        </div>
      </div>
      {unlocked && (
        <nav className="app-nav govuk-width-container" aria-label="Main">
          <ul className="app-nav__list">
            {items.map((item) => (
              <li key={item.to} className="app-nav__item">
                <NavLink className="app-nav__link" to={item.to} end>
                  {item.label}
                  {item.counted && reviewCount > 0 && (
                    <>
                      {' '}
                      <span className="app-nav__count">{reviewCount}</span>
                    </>
                  )}
                </NavLink>
              </li>
            ))}
            <li className="app-nav__item app-nav__item--user">
              <span className="app-nav__user">{user.name}</span>{' '}
              <Link className="app-nav__link" to="/sign-out">
                Sign out
              </Link>
            </li>
          </ul>
        </nav>
      )}
    </header>
  );
}
