/**
 * Password hashing with scrypt (memory-hard), a random salt per user and a
 * constant-time comparison. The stored string carries its parameters
 * (`scrypt$N$r$p$salt$hash`, base64url), so the cost can be raised later
 * without breaking existing hashes.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export const DEFAULT_SCRYPT_N = 2 ** 15;
const SCRYPT_R = 8;
const SCRYPT_P = 1;
const KEY_BYTES = 32;
const SALT_BYTES = 16;

function derive(password: string, salt: Buffer, opts: ScryptOptions): Promise<Buffer> {
  // maxmem must exceed 128 * N * r bytes, or node refuses the parameters.
  const maxmem = 256 * (opts.N ?? DEFAULT_SCRYPT_N) * (opts.r ?? SCRYPT_R) + 1024 * 1024;
  return new Promise((resolve, reject) => {
    scrypt(password, salt, KEY_BYTES, { ...opts, maxmem }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

export async function hashPassword(
  password: string,
  n: number = DEFAULT_SCRYPT_N,
): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, { N: n, r: SCRYPT_R, p: SCRYPT_P });
  return [
    'scrypt',
    n,
    SCRYPT_R,
    SCRYPT_P,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, saltText, keyText] = stored.split('$');
  if (kind !== 'scrypt' || !saltText || !keyText) return false;
  const expected = Buffer.from(keyText, 'base64url');
  const key = await derive(password, Buffer.from(saltText, 'base64url'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** Burns the same time as a real check, so an unknown username is not faster to refuse. */
const dummyHashes = new Map<number, Promise<string>>();
export async function verifyAgainstDummy(password: string, n: number): Promise<void> {
  let dummy = dummyHashes.get(n);
  if (!dummy) {
    dummy = hashPassword('not-a-real-password', n);
    dummyHashes.set(n, dummy);
  }
  await verifyPassword(password, await dummy);
}
