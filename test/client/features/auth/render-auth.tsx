/** Renders the auth screens in a memory router, with stand-in pages to land on afterwards. */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router-dom';
import { authRoutes } from '../../../../src/client/features/auth/routes';

type LazyRoute = () => Promise<Partial<RouteObject>>;

// The app loads these screens lazily; the tests load them once up front so
// each test can query the first render synchronously, as a user sees it.
const eagerAuthRoutes: RouteObject[] = await Promise.all(
  authRoutes.map(async ({ lazy, ...route }) =>
    lazy ? ({ ...route, ...(await (lazy as LazyRoute)()) } as RouteObject) : route,
  ),
);

export function renderAuth(path: string) {
  const router = createMemoryRouter(
    [
      {
        path: '/',
        children: [
          { index: true, element: <h1>Home</h1> },
          { path: 'calls', element: <h1>Calls</h1> },
          ...eagerAuthRoutes,
        ],
      },
    ],
    { initialEntries: [path] },
  );
  const user = userEvent.setup({ delay: null });
  return { ...render(<RouterProvider router={router} />), router, user };
}
