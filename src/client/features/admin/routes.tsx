import type { RouteObject } from 'react-router-dom';
import { AdminPage } from './admin-page';
import { NewUserPage } from './new-user-page';
import { UserPage } from './user-page';

/** User and device administration, mounted by the app behind the local unlock. */
export const adminRoutes: RouteObject[] = [
  { path: 'admin', element: <AdminPage /> },
  { path: 'admin/users/new', element: <NewUserPage /> },
  { path: 'admin/users/:userId', element: <UserPage /> },
];
