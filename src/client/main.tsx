/**
 * Entry point: styles, router, the device session (locked until the user
 * enters their passphrase), the service worker and persistent storage.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { z } from 'zod';
import { appRoutes } from './app/routes';
import { registerServiceWorker } from './pwa/register';
import { watchFormInput } from './pwa/unsaved-work';
import { requestPersistentStorage } from './pwa/storage-persist';
import { bootSession } from './sync/session-actions';
import { useSession } from './sync/session-store';
import './styles/app.scss';

// The CSP has no 'unsafe-eval': zod must not compile parsers with Function()
// (its probe for that is itself reported as a CSP violation).
z.config({ jitless: true });

bootSession();
registerServiceWorker();
watchFormInput();

// Ask to keep storage once someone has unlocked: before that there is nothing to keep.
const stopWatching = useSession.subscribe((s) => {
  if (s.status === 'unlocked') {
    stopWatching();
    void requestPersistentStorage();
  }
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <RouterProvider router={createBrowserRouter(appRoutes)} />
  </StrictMode>,
);
