import type { RouteObject } from 'react-router-dom';

/**
 * The daily tasking calls screens, mounted by the app under its layout at
 * '/'. Each screen loads on first visit (its chunk is precached by the
 * service worker, so this works offline) to keep the first screen small.
 */
export const callsRoutes: RouteObject[] = [
  {
    path: 'calls',
    lazy: async () => ({ Component: (await import('./calls-list-page')).CallsListPage }),
  },
  {
    path: 'calls/new',
    lazy: async () => ({ Component: (await import('./log-call-page')).LogCallPage }),
  },
  {
    path: 'calls/:callId',
    lazy: async () => ({ Component: (await import('./call-page')).CallPage }),
  },
];
