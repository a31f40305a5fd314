import { Link, NavLink } from 'react-router-dom';
import { useSession } from '../sync/session-store';
import { useReviewCount } from '../sync/use-sync-header';
import { SyncStatus } from './sync-status';
import { useNavItems } from './use-nav-items';
import { useOnline } from './use-online';

/** Service name, navigation for the signed-in user's roles, offline and sync state. */
export function AppHeader() {
  const online = useOnline();
  const user = useSession((s) => s.user);
  const status = useSession((s) => s.status);
  const unlocked = status === 'unlocked' && user !== null;
  const reviewCount = useReviewCount();
  const items = useNavItems(unlocked ? user : null);
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
