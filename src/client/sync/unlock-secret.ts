/**
 * Persistence: localStorage, one key per user who signed in on this device,
 * `csu-unlock:<userId>` → { user (SessionUser profile), deviceId, salt, hash,
 * iterations, savedAt }. It lets the app open offline behind the unlock
 * passphrase. The passphrase itself is never stored: only a PBKDF2-SHA-256
 * verifier (200k iterations, random 16-byte salt), compared in constant time.
 */
import { MIN_SECRET_LENGTH, type SessionUser } from '../../domain/sync-protocol';

export const UNLOCK_KEY_PREFIX = 'csu-unlock:';
export const PBKDF2_ITERATIONS = 200_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;

export interface DeviceUser {
  user: SessionUser;
  deviceId?: string;
  salt: string;
  hash: string;
  iterations: number;
  savedAt: string;
}

/** Plain-English problem with a proposed passphrase, or null when it is acceptable. */
export function passphraseProblem(passphrase: string): string | null {
  if (passphrase.length < MIN_SECRET_LENGTH)
    return `Your unlock passphrase must be at least ${MIN_SECRET_LENGTH} characters`;
  // A short numeric PIN is guessable from a lost phone in minutes (sync.md "Auth").
  if (/^\d+$/.test(passphrase) && passphrase.length < 12)
    return 'Your unlock passphrase must not be only numbers: use words or a mix of letters and numbers';
  if (/^(.)\1+$/.test(passphrase)) return 'Your unlock passphrase must not repeat one character';
  return null;
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const s = atob(text);
  const out = new Uint8Array(new ArrayBuffer(s.length));
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

async function derive(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    HASH_BITS,
  );
  return new Uint8Array(bits);
}

function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Some private-browsing modes throw on access.
    return null;
  }
}

/** Saves the verifier and profile for a user; replaces any earlier one. */
export async function saveUnlockSecret(
  user: SessionUser,
  passphrase: string,
  deviceId?: string,
  iterations: number = PBKDF2_ITERATIONS,
): Promise<void> {
  const problem = passphraseProblem(passphrase);
  if (problem) throw new Error(problem);
  const salt = crypto.getRandomValues(new Uint8Array(new ArrayBuffer(SALT_BYTES)));
  const hash = await derive(passphrase, salt, iterations);
  const entry: DeviceUser = {
    user,
    deviceId,
    salt: toBase64(salt),
    hash: toBase64(hash),
    iterations,
    savedAt: new Date().toISOString(),
  };
  const store = storage();
  if (!store) throw new Error('This browser does not let the app save your unlock passphrase.');
  store.setItem(UNLOCK_KEY_PREFIX + user.id, JSON.stringify(entry));
}

export function getDeviceUser(userId: string): DeviceUser | null {
  const raw = storage()?.getItem(UNLOCK_KEY_PREFIX + userId);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as DeviceUser;
    return parsed && parsed.user && parsed.salt && parsed.hash ? parsed : null;
  } catch {
    return null;
  }
}

/** Updates the stored profile (roles, wards) after the server sent a fresher one. */
export function updateDeviceUserProfile(user: SessionUser): void {
  const entry = getDeviceUser(user.id);
  if (!entry) return;
  storage()?.setItem(UNLOCK_KEY_PREFIX + user.id, JSON.stringify({ ...entry, user }));
}

/** Everyone who can unlock this device, most recently saved first. */
export function listDeviceUsers(): DeviceUser[] {
  const store = storage();
  if (!store) return [];
  const users: DeviceUser[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (!key?.startsWith(UNLOCK_KEY_PREFIX)) continue;
    const entry = getDeviceUser(key.slice(UNLOCK_KEY_PREFIX.length));
    if (entry) users.push(entry);
  }
  return users.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

export function forgetDeviceUser(userId: string): void {
  storage()?.removeItem(UNLOCK_KEY_PREFIX + userId);
}

/** True when the passphrase matches the stored verifier for this user. */
export async function verifyUnlockSecret(userId: string, passphrase: string): Promise<boolean> {
  const entry = getDeviceUser(userId);
  if (!entry) return false;
  const hash = await derive(passphrase, fromBase64(entry.salt), entry.iterations);
  return constantTimeEqual(hash, fromBase64(entry.hash));
}
