import type { RouteObject } from 'react-router-dom';
import { ReviewPage } from './review-page';

/** The "needs review" list, mounted by the app behind the local unlock. */
export const syncReviewRoutes: RouteObject[] = [{ path: 'review', element: <ReviewPage /> }];
