/**
 * Sync status as UI state (zustand): what the header, the progress bar and
 * the "Sync now" button show. Records never live here.
 */
import { create } from 'zustand';

export type SyncPhase = 'idle' | 'pushing' | 'pulling' | 'offline' | 'error';

export interface FirstSyncProgress {
  received: number;
  /** Unknown until the server says; the bar is then indeterminate. */
  total?: number;
}

export interface SyncStatusState {
  phase: SyncPhase;
  /** Changes waiting to send, counted as the person made them (local-store/sync-counts.ts). */
  pendingCount: number;
  /** Refused changes plus records in conflict: what "Needs review" lists. */
  reviewCount: number;
  /** ISO instant of the last round that finished without error. */
  lastSyncAt: string | null;
  /** Set while the device pulls from an empty cursor. */
  firstSyncProgress: FirstSyncProgress | null;
  /** Plain English for the person, never a stack trace. */
  lastError: string | null;
  /** The server answered 426: this app version is too old to sync. */
  needsUpdate: boolean;
  /** A push is on the wire: the PWA update prompt waits for it to finish. */
  pushInFlight: boolean;
  update: (patch: Partial<Omit<SyncStatusState, 'update' | 'reset'>>) => void;
  reset: () => void;
}

const INITIAL = {
  phase: 'idle' as SyncPhase,
  pendingCount: 0,
  reviewCount: 0,
  lastSyncAt: null,
  firstSyncProgress: null,
  lastError: null,
  needsUpdate: false,
  pushInFlight: false,
};

export const useSyncStatus = create<SyncStatusState>((set) => ({
  ...INITIAL,
  update: (patch) => set(patch),
  reset: () => set(INITIAL),
}));
