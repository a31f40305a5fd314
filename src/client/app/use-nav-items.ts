import { useEffect, useState } from 'react';
import type { ScreenNeed } from '../../domain/access';
import { actorOf } from '../../domain/roles';
import type { SessionUser } from '../../domain/sync-protocol';
import { ADMIN_NEED } from '../features/admin/routes';
import { CALLS_NEEDS } from '../features/calls/routes';
import { ENFORCEMENT_NEEDS } from '../features/enforcement/routes';
import { GROUPS_NEEDS } from '../features/groups/routes';
import { IMPORT_NEEDS } from '../features/import/routes';
import { MARAC_NEEDS } from '../features/marac/routes';
import { PEOPLE_NEEDS } from '../features/people/routes';
import { MEETING_NEEDS } from '../features/meeting/routes';
import { REPORTS_NEEDS } from '../features/reports/routes';
import { VISITS_NEEDS } from '../features/visits/routes';

export interface NavItem {
  to: string;
  label: string;
  /** What the screen's route needs; the item shows only when the matrix grants it. */
  need?: ScreenNeed;
  /** Shows how many items wait there (refused changes and conflicts for "Needs review"). */
  counted?: boolean;
}

const NAV: NavItem[] = [
  { to: '/my-day', label: 'My day', need: VISITS_NEEDS.myDay },
  { to: '/visits/new', label: 'Log a visit', need: VISITS_NEEDS.log },
  { to: '/meeting', label: 'Meeting', need: MEETING_NEEDS.run },
  { to: '/calls', label: 'Calls', need: CALLS_NEEDS.list },
  { to: '/calls/new', label: 'Log a call', need: CALLS_NEEDS.log },
  { to: '/people', label: 'People', need: PEOPLE_NEEDS.search },
  { to: '/groups', label: 'Groups', need: GROUPS_NEEDS.list },
  { to: '/groups/suggested', label: 'Suggested groups', need: GROUPS_NEEDS.suggested },
  { to: '/enforcement', label: 'Enforcement', need: ENFORCEMENT_NEEDS.list },
  { to: '/reports', label: 'Reports', need: REPORTS_NEEDS.monitoring },
  { to: '/review', label: 'Needs review', counted: true },
  { to: '/marac', label: 'MARAC', need: MARAC_NEEDS.cases },
  { to: '/marac/refer', label: 'Refer to MARAC', need: MARAC_NEEDS.refer },
  { to: '/import', label: 'Import calls', need: IMPORT_NEEDS.calls },
  { to: '/admin', label: 'Admin', need: ADMIN_NEED },
];

/**
 * The navigation items the signed-in user can use. The matrix is loaded on
 * demand (it carries the record schemas, which stay out of the first
 * screen); until it arrives only items every user can use are shown, so no
 * item a role cannot use is ever on screen.
 */
export function useNavItems(user: SessionUser | null): NavItem[] {
  const [allowed, setAllowed] = useState<{ user: SessionUser; items: NavItem[] } | null>(null);
  useEffect(() => {
    if (!user) return;
    let live = true;
    void import('../../domain/access').then(({ canOpen }) => {
      if (!live) return;
      const actor = actorOf(user);
      setAllowed({ user, items: NAV.filter((i) => !i.need || canOpen(actor, i.need)) });
    });
    return () => {
      live = false;
    };
  }, [user]);
  if (allowed && allowed.user === user) return allowed.items;
  return NAV.filter((i) => !i.need);
}
