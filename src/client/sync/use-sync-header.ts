/**
 * What the app header and the navigation show about sync: how many changes
 * wait, how many need review (refused or in conflict), when the last good
 * sync was, what is happening now, and the "Sync now" action.
 */
import { useShallow } from 'zustand/react/shallow';
import { useSession } from './session-store';
import type { SyncNowResult } from './sync-runtime';
import { useSyncStatus, type FirstSyncProgress, type SyncPhase } from './sync-status-store';

/** The engine is loaded on unlock; the header only asks it to run (kept out of the first screen's code). */
const syncNow = async (): Promise<SyncNowResult> => (await import('./sync-runtime')).syncNow();

export interface SyncHeader {
  pendingCount: number;
  reviewCount: number;
  lastSyncAt: string | null;
  phase: SyncPhase;
  syncNow: () => Promise<SyncNowResult>;
  firstSyncProgress: FirstSyncProgress | null;
  needsSignIn: boolean;
  needsUpdate: boolean;
  lastError: string | null;
}

export function useSyncHeader(): SyncHeader {
  const status = useSyncStatus(
    useShallow((s) => ({
      pendingCount: s.pendingCount,
      reviewCount: s.reviewCount,
      lastSyncAt: s.lastSyncAt,
      phase: s.phase,
      firstSyncProgress: s.firstSyncProgress,
      needsUpdate: s.needsUpdate,
      lastError: s.lastError,
    })),
  );
  const needsSignIn = useSession((s) => s.needsSignIn);
  return { ...status, needsSignIn, syncNow };
}

/** The "Needs review" count alone, for the navigation. */
export function useReviewCount(): number {
  return useSyncStatus((s) => s.reviewCount);
}
