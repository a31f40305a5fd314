import type { RouteObject } from 'react-router-dom';

/**
 * Sign in, unlock and sign out: mounted by the app outside the unlock guard.
 * Each loads on first visit (precached by the service worker for offline).
 */
export const authRoutes: RouteObject[] = [
  {
    path: 'sign-in',
    lazy: async () => ({ Component: (await import('./sign-in-page')).SignInPage }),
  },
  {
    path: 'unlock',
    lazy: async () => ({ Component: (await import('./unlock-page')).UnlockPage }),
  },
  {
    path: 'sign-out',
    lazy: async () => ({ Component: (await import('./sign-out-page')).SignOutPage }),
  },
];
