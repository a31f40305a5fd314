import type { RouteObject } from 'react-router-dom';
import type { ScreenNeed } from '../../../domain/access';

/** Administration is changing the user directory and reference data: the matrix grants it to admin. */
export const ADMIN_NEED: ScreenNeed = { table: 'users', action: 'create' };

/** User, device and reference-data administration, behind the local unlock; loaded on first visit. */
export const adminRoutes: RouteObject[] = [
  {
    path: 'admin',
    handle: { need: ADMIN_NEED },
    lazy: async () => ({ Component: (await import('./admin-page')).AdminPage }),
  },
  {
    path: 'admin/users/new',
    handle: { need: ADMIN_NEED },
    lazy: async () => ({ Component: (await import('./new-user-page')).NewUserPage }),
  },
  {
    path: 'admin/users/:userId',
    handle: { need: ADMIN_NEED },
    lazy: async () => ({ Component: (await import('./user-page')).UserPage }),
  },
  {
    path: 'admin/audit',
    handle: { need: ADMIN_NEED },
    lazy: async () => ({ Component: (await import('./audit-page')).AuditPage }),
  },
  {
    path: 'admin/retention',
    handle: { need: ADMIN_NEED },
    lazy: async () => ({ Component: (await import('./retention-page')).RetentionPage }),
  },
  {
    path: 'admin/powers',
    handle: { need: ADMIN_NEED },
    lazy: async () => ({ Component: (await import('./powers-page')).PowersPage }),
  },
  {
    path: 'admin/powers/:stepId',
    handle: { need: ADMIN_NEED },
    lazy: async () => ({ Component: (await import('./power-step-page')).PowerStepPage }),
  },
  {
    path: 'admin/reference',
    handle: { need: ADMIN_NEED },
    lazy: async () => ({ Component: (await import('./reference-page')).ReferencePage }),
  },
  {
    path: 'admin/reference/thresholds',
    handle: { need: ADMIN_NEED },
    lazy: async () => ({ Component: (await import('./thresholds-page')).ThresholdsPage }),
  },
  {
    path: 'admin/reference/:table',
    handle: { need: ADMIN_NEED },
    lazy: async () => ({ Component: (await import('./reference-page')).ReferenceListPage }),
  },
  {
    path: 'admin/reference/:table/new',
    handle: { need: ADMIN_NEED },
    lazy: async () => ({ Component: (await import('./reference-item-page')).ReferenceItemPage }),
  },
  {
    path: 'admin/reference/:table/:id',
    handle: { need: ADMIN_NEED },
    lazy: async () => ({ Component: (await import('./reference-item-page')).ReferenceItemPage }),
  },
];
