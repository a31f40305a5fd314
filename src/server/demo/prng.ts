/**
 * A small seeded random source for the demo database, so the same `now`
 * always gives the same demo (tests and screenshots stay stable). Not for
 * anything secret: real ids come from crypto in src/domain/ids.ts.
 */
export interface DemoRng {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [min, max], inclusive. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight; weights need not sum to 1. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** Up to `count` distinct items, in their original order. */
  sample<T>(items: readonly T[], count: number): T[];
}

/** mulberry32: tiny, fast and good enough to make demo data look varied. */
export function createRng(seed: number): DemoRng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[int(0, items.length - 1)] as T;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    weighted: <T>(items: readonly (readonly [T, number])[]): T => {
      const total = items.reduce((sum, [, w]) => sum + w, 0);
      let r = next() * total;
      for (const [item, w] of items) {
        r -= w;
        if (r < 0) return item;
      }
      return pick(items)[0];
    },
    sample: <T>(items: readonly T[], count: number): T[] => {
      const keep = new Set<number>();
      const wanted = Math.min(count, items.length);
      while (keep.size < wanted) keep.add(int(0, items.length - 1));
      return items.filter((_, i) => keep.has(i));
    },
  };
}

/**
 * UUIDv7-shaped ids from the seeded source: the first 48 bits carry the
 * record's own time (so ids sort like real ones made on a device at that
 * moment), the version nibble is 7 and the variant bits are RFC 4122.
 */
export function createIdFactory(rng: DemoRng): (ms: number) => string {
  return (ms: number) => {
    const bytes = new Uint8Array(16);
    let ts = Math.max(0, Math.floor(ms));
    for (let i = 5; i >= 0; i--) {
      bytes[i] = ts % 256;
      ts = Math.floor(ts / 256);
    }
    for (let i = 6; i < 16; i++) bytes[i] = rng.int(0, 255);
    bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x70;
    bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };
}
