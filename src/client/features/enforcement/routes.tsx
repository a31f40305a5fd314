import type { RouteObject } from 'react-router-dom';
import type { ScreenNeed } from '../../../domain/access';

const READ: ScreenNeed = { table: 'enforcements', action: 'read' };
const CREATE: ScreenNeed = { table: 'enforcements', action: 'create' };
/** What the enforcement screens need, for the app's navigation. */
export const ENFORCEMENT_NEEDS = { list: READ, issue: CREATE } as const;

/**
 * The ASB officer's enforcement screens (read-only for the chair), each
 * loaded on first visit and precached for offline use. `handle.need` is
 * what the matrix must grant (checked by the app).
 */
export const enforcementRoutes: RouteObject[] = [
  {
    path: 'enforcement',
    handle: { need: READ },
    lazy: async () => ({
      Component: (await import('./enforcement-home-page')).EnforcementHomePage,
    }),
  },
  {
    path: 'enforcement/new',
    handle: { need: CREATE },
    lazy: async () => ({ Component: (await import('./issue-page')).IssuePage }),
  },
  {
    path: 'enforcement/:enforcementId',
    handle: { need: READ },
    lazy: async () => ({ Component: (await import('./enforcement-page')).EnforcementPage }),
  },
  {
    path: 'enforcement/:enforcementId/letter',
    handle: { need: READ },
    lazy: async () => ({ Component: (await import('./letter-page')).LetterPage }),
  },
];
