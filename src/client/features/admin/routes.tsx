import type { RouteObject } from 'react-router-dom';

/** User and device administration, behind the local unlock; loaded on first visit. */
export const adminRoutes: RouteObject[] = [
  { path: 'admin', lazy: async () => ({ Component: (await import('./admin-page')).AdminPage }) },
  {
    path: 'admin/users/new',
    lazy: async () => ({ Component: (await import('./new-user-page')).NewUserPage }),
  },
  {
    path: 'admin/users/:userId',
    lazy: async () => ({ Component: (await import('./user-page')).UserPage }),
  },
];
