/**
 * Who is signed in on this device, as UI state (zustand). Records never
 * live here; the signed-in user's own Dexie database holds them. The sync
 * engine and the sign-in screens set it; features read it to mirror the
 * server's access matrix in what they offer (the server still decides).
 */
import { create } from 'zustand';
import type { SessionUser } from '../../domain/sync-protocol';

export type SessionStatus =
  /** Nobody has signed in on this device yet, or the last user signed out. */
  | 'signed-out'
  /** A user's local database exists but the unlock passphrase has not been entered. */
  | 'locked'
  /** Unlocked: records are readable and sync may run. */
  | 'unlocked';

export interface SessionState {
  user: SessionUser | null;
  status: SessionStatus;
  /** The server answered 401: keep working offline, ask to sign in again to sync. */
  needsSignIn: boolean;
  /** A one-off message for the sign-in page, e.g. why this device was wiped. */
  notice: string | null;
  setUser: (user: SessionUser | null, status: SessionStatus) => void;
  setNeedsSignIn: (needs: boolean) => void;
  setNotice: (notice: string | null) => void;
}

export const useSession = create<SessionState>((set) => ({
  user: null,
  status: 'signed-out',
  needsSignIn: false,
  notice: null,
  setUser: (user, status) => set({ user, status }),
  setNeedsSignIn: (needsSignIn) => set({ needsSignIn }),
  setNotice: (notice) => set({ notice }),
}));
