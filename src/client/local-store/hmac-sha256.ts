/**
 * HMAC-SHA-256 (RFC 2104 over FIPS 180-4), synchronous, for the search
 * index's keyed word hashes (blind-index.ts). WebCrypto's HMAC is async: one
 * promise per word would stretch a first sync of 20,000 calls by seconds and
 * could not run inside an IndexedDB transaction without ending it. The key's
 * inner and outer pads are compressed once, so each word costs two or three
 * block compressions. Checked against WebCrypto in the tests.
 */

function primes(n: number): number[] {
  const out: number[] = [];
  for (let c = 2; out.length < n; c++) if (out.every((p) => c % p !== 0)) out.push(c);
  return out;
}
const frac32 = (x: number) => ((x - Math.floor(x)) * 2 ** 32) >>> 0;
const PRIMES = primes(64);
/** First 32 bits of the fractional parts of the primes' cube roots (K) and square roots (IV). */
const K = Uint32Array.from(PRIMES, (p) => frac32(Math.cbrt(p)));
const IV = Uint32Array.from(PRIMES.slice(0, 8), (p) => frac32(Math.sqrt(p)));

const W = new Uint32Array(64);

const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));

/** One block compression: `state` (8 words) advanced by the 64 bytes of `block` at `at`. */
function compress(state: Uint32Array, block: Uint8Array, at: number): void {
  for (let i = 0; i < 16; i++) {
    const j = at + i * 4;
    W[i] =
      ((block[j] as number) << 24) |
      ((block[j + 1] as number) << 16) |
      ((block[j + 2] as number) << 8) |
      (block[j + 3] as number);
  }
  for (let i = 16; i < 64; i++) {
    const w15 = W[i - 15] as number;
    const w2 = W[i - 2] as number;
    const s0 = rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 >>> 3);
    const s1 = rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 >>> 10);
    W[i] = ((W[i - 16] as number) + s0 + (W[i - 7] as number) + s1) | 0;
  }
  let a = state[0] as number;
  let b = state[1] as number;
  let c = state[2] as number;
  let d = state[3] as number;
  let e = state[4] as number;
  let f = state[5] as number;
  let g = state[6] as number;
  let h = state[7] as number;
  for (let i = 0; i < 64; i++) {
    const s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
    const ch = (e & f) ^ (~e & g);
    const t1 = (h + s1 + ch + (K[i] as number) + (W[i] as number)) | 0;
    const s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
    const maj = (a & b) ^ (a & c) ^ (b & c);
    const t2 = (s0 + maj) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  state[0] = ((state[0] as number) + a) >>> 0;
  state[1] = ((state[1] as number) + b) >>> 0;
  state[2] = ((state[2] as number) + c) >>> 0;
  state[3] = ((state[3] as number) + d) >>> 0;
  state[4] = ((state[4] as number) + e) >>> 0;
  state[5] = ((state[5] as number) + f) >>> 0;
  state[6] = ((state[6] as number) + g) >>> 0;
  state[7] = ((state[7] as number) + h) >>> 0;
}

/** SHA-256 of `message` continued from `state`, which has already taken `prefixBytes` (whole blocks). */
function finish(start: Uint32Array, prefixBytes: number, message: Uint8Array): Uint32Array {
  const state = start.slice();
  const whole = message.length - (message.length % 64);
  for (let at = 0; at < whole; at += 64) compress(state, message, at);
  const restLength = message.length - whole;
  const tail = new Uint8Array(restLength < 56 ? 64 : 128);
  tail.set(message.subarray(whole));
  tail[restLength] = 0x80;
  const bits = (prefixBytes + message.length) * 8;
  const end = tail.length;
  // Messages here are far below 2^32 bits, so the high word of the length stays zero.
  tail[end - 4] = bits >>> 24;
  tail[end - 3] = bits >>> 16;
  tail[end - 2] = bits >>> 8;
  tail[end - 1] = bits;
  for (let at = 0; at < end; at += 64) compress(state, tail, at);
  return state;
}

function toBytes(words: Uint32Array): Uint8Array {
  const out = new Uint8Array(words.length * 4);
  words.forEach((w, i) => {
    out[i * 4] = w >>> 24;
    out[i * 4 + 1] = w >>> 16;
    out[i * 4 + 2] = w >>> 8;
    out[i * 4 + 3] = w;
  });
  return out;
}

export interface HmacSha256 {
  /** The 32-byte MAC of `message`. */
  mac(message: Uint8Array): Uint8Array;
  /** The MAC's first 48 bits as a whole number (exact in a double, compact as an IndexedDB key). */
  mac48(message: Uint8Array): number;
}

/** An HMAC-SHA-256 under `key`, its pads compressed once. */
export function hmacSha256(key: Uint8Array): HmacSha256 {
  const k = new Uint8Array(64);
  k.set(key.length > 64 ? toBytes(finish(IV, 0, key)) : key);
  const pad = (x: number) => {
    const state = IV.slice();
    compress(
      state,
      k.map((b) => b ^ x),
      0,
    );
    return state;
  };
  const inner = pad(0x36);
  const outer = pad(0x5c);
  const outerOf = (message: Uint8Array) => finish(outer, 64, toBytes(finish(inner, 64, message)));
  return {
    mac: (message) => toBytes(outerOf(message)),
    mac48: (message) => {
      const s = outerOf(message);
      return (s[0] as number) * 65536 + ((s[1] as number) >>> 16);
    },
  };
}
