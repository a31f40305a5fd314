import type { RouteObject } from 'react-router-dom';
import type { ScreenNeed } from '../../../domain/access';

// The same roles as the server's grant (domain/rules/call-import.ts IMPORT_ROLES).
const IMPORT: ScreenNeed = { roles: ['admin', 'chair'] };
export const IMPORT_NEEDS = { calls: IMPORT } as const;

export const importRoutes: RouteObject[] = [
  {
    path: 'import',
    handle: { need: IMPORT },
    lazy: async () => ({ Component: (await import('./import-page')).ImportPage }),
  },
];
