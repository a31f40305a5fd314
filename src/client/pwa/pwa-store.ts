/**
 * UI state for the installed app: whether a new version is waiting, whether
 * the shell is cached for offline use, and what the browser said when asked
 * to keep this site's storage. No records live here.
 */
import { create } from 'zustand';

export type PersistResult = 'unknown' | 'unsupported' | 'granted' | 'denied';

export interface PwaState {
  needRefresh: boolean;
  offlineReady: boolean;
  persist: PersistResult;
  /** Applies the waiting service worker and reloads; set by register.ts. */
  applyUpdate: (() => Promise<void>) | null;
  set: (patch: Partial<Omit<PwaState, 'set'>>) => void;
}

export const usePwa = create<PwaState>((set) => ({
  needRefresh: false,
  offlineReady: false,
  persist: 'unknown',
  applyUpdate: null,
  set: (patch) => set(patch),
}));
