import type { RouteObject } from 'react-router-dom';
import type { ScreenNeed } from '../../../domain/access';

const REPORT: ScreenNeed = { table: 'calls', action: 'read' };
/** What the report screen needs, for the app's navigation. */
export const REPORTS_NEEDS = { monitoring: REPORT } as const;

/**
 * The monitoring report: lazy, so the charting library loads with this
 * route only and never with the first screen.
 */
export const reportsRoutes: RouteObject[] = [
  {
    path: 'reports',
    handle: { need: REPORT },
    lazy: async () => ({ Component: (await import('./report-page')).ReportPage }),
  },
];
