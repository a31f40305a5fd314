import type { RouteObject } from 'react-router-dom';

/** The "needs review" list, behind the local unlock; loaded on first visit. */
export const syncReviewRoutes: RouteObject[] = [
  { path: 'review', lazy: async () => ({ Component: (await import('./review-page')).ReviewPage }) },
];
