import type { RouteObject } from 'react-router-dom';
import type { ScreenNeed } from '../../../domain/access';

const READ: ScreenNeed = { table: 'calls', action: 'read' };
const CREATE: ScreenNeed = { table: 'calls', action: 'create' };
/** What the calls list and "Log a call" need, for the app's navigation. */
export const CALLS_NEEDS = { list: READ, log: CREATE } as const;

/**
 * The daily tasking calls screens, mounted by the app under its layout at
 * '/'. Each screen loads on first visit (its chunk is precached by the
 * service worker, so this works offline) to keep the first screen small.
 * `handle.need` is what the matrix must grant (checked by the app).
 */
export const callsRoutes: RouteObject[] = [
  {
    path: 'calls',
    handle: { need: READ },
    lazy: async () => ({ Component: (await import('./calls-list-page')).CallsListPage }),
  },
  {
    path: 'calls/new',
    handle: { need: CREATE },
    lazy: async () => ({ Component: (await import('./log-call-page')).LogCallPage }),
  },
  {
    path: 'calls/:callId',
    handle: { need: READ },
    lazy: async () => ({ Component: (await import('./call-page')).CallPage }),
  },
];
