/**
 * Asks the browser to keep this site's storage (sync.md "Device storage"):
 * without it, a browser under storage pressure may evict IndexedDB, and with
 * it the outbox. The answer is shown to the user, not hidden.
 */
import { usePwa, type PersistResult } from './pwa-store';

export async function requestPersistentStorage(): Promise<PersistResult> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage?.persist) {
    usePwa.getState().set({ persist: 'unsupported' });
    return 'unsupported';
  }
  let result: PersistResult;
  try {
    const already = storage.persisted ? await storage.persisted() : false;
    result = already || (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    result = 'denied';
  }
  usePwa.getState().set({ persist: result });
  return result;
}

/** iOS Safari deletes storage of sites unused for 7 days unless added to the Home Screen. */
export function needsHomeScreenAdvice(nav: Navigator = navigator, win: Window = window): boolean {
  const ua = nav.userAgent;
  const isIos = /iPad|iPhone|iPod/.test(ua) || (ua.includes('Macintosh') && nav.maxTouchPoints > 1);
  const standalone =
    win.matchMedia?.('(display-mode: standalone)').matches ||
    (nav as Navigator & { standalone?: boolean }).standalone === true;
  return isIos && !standalone;
}
