import type { RouteObject } from 'react-router-dom';
import { SignInPage } from './sign-in-page';
import { SignOutPage } from './sign-out-page';
import { UnlockPage } from './unlock-page';

/** Sign in, unlock and sign out: mounted by the app outside the unlock guard. */
export const authRoutes: RouteObject[] = [
  { path: 'sign-in', element: <SignInPage /> },
  { path: 'unlock', element: <UnlockPage /> },
  { path: 'sign-out', element: <SignOutPage /> },
];
