import { describe, expect, it } from 'vitest';
import { createIdFactory, createRng } from '../../../src/server/demo/prng';

describe('createRng', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = createRng(42);
    const b = createRng(42);
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    const c = createRng(43);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
    for (const v of seqA) expect(v >= 0 && v < 1).toBe(true);
  });

  it('keeps int within bounds and reaches both ends', () => {
    const rng = createRng(7);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) {
      const v = rng.int(3, 6);
      expect(v >= 3 && v <= 6).toBe(true);
      seen.add(v);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('picks by weight and samples distinct items in order', () => {
    const rng = createRng(1);
    const counts = { a: 0, b: 0 };
    for (let i = 0; i < 1000; i++)
      counts[
        rng.weighted([
          ['a', 9],
          ['b', 1],
        ] as const)
      ] += 1;
    expect(counts.a).toBeGreaterThan(800);
    expect(counts.b).toBeGreaterThan(0);
    const s = rng.sample(['p', 'q', 'r', 's', 't'], 3);
    expect(s).toHaveLength(3);
    expect(new Set(s).size).toBe(3);
    expect([...s].sort()).toEqual(s);
    expect(rng.sample(['x'], 5)).toEqual(['x']);
    expect(() => rng.pick([])).toThrow();
  });
});

describe('createIdFactory', () => {
  it('makes version-7 UUIDs carrying the given time, sorted by it', () => {
    const id = createIdFactory(createRng(9));
    const ms = Date.UTC(2026, 4, 15, 9, 30);
    const ids = [ms + 5, ms, ms + 86_400_000].map(id);
    for (const v of ids)
      expect(v).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt((ids[1] ?? '').replace(/-/g, '').slice(0, 12), 16)).toBe(ms);
    expect([...ids].sort()).toEqual([ids[1], ids[0], ids[2]]);
  });

  it('is deterministic for a seed and unique within a run', () => {
    const a = createIdFactory(createRng(5));
    const b = createIdFactory(createRng(5));
    const first = Array.from({ length: 2000 }, () => a(1_700_000_000_000));
    expect(Array.from({ length: 2000 }, () => b(1_700_000_000_000))).toEqual(first);
    expect(new Set(first).size).toBe(2000);
  });
});
