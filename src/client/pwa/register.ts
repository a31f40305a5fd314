/**
 * Registers the service worker with `registerType: 'prompt'`: a new version
 * never takes over by itself. The update banner asks first, because a reload
 * in the middle of a half-filled form would lose what a PCSO typed.
 */
import { registerSW } from 'virtual:pwa-register';
import { usePwa } from './pwa-store';

/** How often an open app checks for a new version (an hour). */
const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const updateSW = registerSW({
    onNeedRefresh() {
      usePwa.getState().set({ needRefresh: true });
    },
    onOfflineReady() {
      usePwa.getState().set({ offlineReady: true });
    },
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      setInterval(() => {
        if (navigator.onLine) void registration.update();
      }, UPDATE_CHECK_INTERVAL_MS);
    },
  });
  usePwa.getState().set({ applyUpdate: () => updateSW(true) });
}
