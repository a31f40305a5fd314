import type { RouteObject } from 'react-router-dom';
import type { ScreenNeed } from '../../../domain/access';

const READ: ScreenNeed = { table: 'visits', action: 'read' };
const CREATE: ScreenNeed = { table: 'visits', action: 'create' };
/** What "My day" and "Log a visit" need, for the app's navigation. */
export const VISITS_NEEDS = { myDay: READ, log: CREATE } as const;

/**
 * Field visits: "My day", logging a visit (kept as a draft), a visit with its
 * amendments, and correcting one. Each screen loads on first visit; its chunk
 * is precached, so all of this opens offline. `handle.need` is what the
 * matrix must grant (checked by the app).
 */
export const visitsRoutes: RouteObject[] = [
  {
    path: 'my-day',
    handle: { need: READ },
    lazy: async () => ({ Component: (await import('./my-day-page')).MyDayPage }),
  },
  {
    path: 'visits/new',
    handle: { need: CREATE },
    lazy: async () => ({ Component: (await import('./log-visit-page')).NewVisitRedirect }),
  },
  {
    path: 'visits/new/:visitId',
    handle: { need: CREATE },
    lazy: async () => ({ Component: (await import('./log-visit-page')).LogVisitPage }),
  },
  {
    path: 'visits/:visitId',
    handle: { need: READ },
    lazy: async () => ({ Component: (await import('./visit-page')).VisitPage }),
  },
  {
    path: 'visits/:visitId/amend',
    handle: { need: CREATE },
    lazy: async () => ({ Component: (await import('./amend-visit-page')).AmendVisitPage }),
  },
];
