/** Renders the auth screens in a memory router, with stand-in pages to land on afterwards. */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { authRoutes } from '../../../../src/client/features/auth/routes';

export function renderAuth(path: string) {
  const router = createMemoryRouter(
    [
      {
        path: '/',
        children: [
          { index: true, element: <h1>Home</h1> },
          { path: 'calls', element: <h1>Calls</h1> },
          ...authRoutes,
        ],
      },
    ],
    { initialEntries: [path] },
  );
  const user = userEvent.setup({ delay: null });
  return { ...render(<RouterProvider router={router} />), router, user };
}
