import type { RouteObject } from 'react-router-dom';
import { CallPage } from './call-page';
import { CallsListPage } from './calls-list-page';
import { LogCallPage } from './log-call-page';

/** The daily tasking calls screens, mounted by the app under its layout at '/'. */
export const callsRoutes: RouteObject[] = [
  { path: 'calls', element: <CallsListPage /> },
  { path: 'calls/new', element: <LogCallPage /> },
  { path: 'calls/:callId', element: <CallPage /> },
];
