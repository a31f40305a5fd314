import type { RouteObject } from 'react-router-dom';
import { adminRoutes } from '../features/admin/routes';
import { authRoutes } from '../features/auth/routes';
import { callsRoutes } from '../features/calls/routes';
import { syncReviewRoutes } from '../features/sync-review/routes';
import { AccessibilityPage } from './accessibility-page';
import { ErrorPage } from './error-page';
import { HomeRedirect } from './home-redirect';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { RequireUnlocked } from './require-unlocked';

/** Every screen of the app. Record screens sit behind the local unlock. */
export const appRoutes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <ErrorPage />,
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: 'accessibility', element: <AccessibilityPage /> },
      ...authRoutes,
      {
        element: <RequireUnlocked />,
        children: [...callsRoutes, ...adminRoutes, ...syncReviewRoutes],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
