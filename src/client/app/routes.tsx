import type { RouteObject } from 'react-router-dom';
import { adminRoutes } from '../features/admin/routes';
import { authRoutes } from '../features/auth/routes';
import { callsRoutes } from '../features/calls/routes';
import { enforcementRoutes } from '../features/enforcement/routes';
import { groupsRoutes } from '../features/groups/routes';
import { importRoutes } from '../features/import/routes';
import { maracRoutes } from '../features/marac/routes';
import { meetingRoutes } from '../features/meeting/routes';
import { peopleRoutes } from '../features/people/routes';
import { reportsRoutes } from '../features/reports/routes';
import { syncReviewRoutes } from '../features/sync-review/routes';
import { visitsRoutes } from '../features/visits/routes';
import { AccessibilityPage } from './accessibility-page';
import { ErrorPage } from './error-page';
import { HomeRedirect } from './home-redirect';
import { Layout } from './layout';
import { LoadingShell } from './loading-shell';
import { NotFoundPage } from './not-found-page';
import { RequireUnlocked } from './require-unlocked';

/** Record screens get the unlocked user's database from context; it loads with the device store. */
export function unlockedStore(children: RouteObject[]): RouteObject {
  return {
    lazy: async () => ({ Component: (await import('./unlocked-store')).UnlockedStore }),
    children,
  };
}

/** Every screen of the app. Record screens sit behind the local unlock. */
export const appRoutes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <ErrorPage />,
    HydrateFallback: LoadingShell,
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: 'accessibility', element: <AccessibilityPage /> },
      ...authRoutes,
      {
        element: <RequireUnlocked />,
        children: [
          unlockedStore([
            ...callsRoutes,
            ...enforcementRoutes,
            ...groupsRoutes,
            ...meetingRoutes,
            ...peopleRoutes,
            ...visitsRoutes,
            ...maracRoutes,
            ...reportsRoutes,
            ...importRoutes,
            ...adminRoutes,
            ...syncReviewRoutes,
          ]),
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
