import { afterEach, describe, expect, it, vi } from 'vitest';
import { UUID_PATTERN, uuidv7 } from '../../src/domain/ids';

describe('uuidv7', () => {
  afterEach(() => vi.restoreAllMocks());

  it('has the UUID format with version 7 and the RFC 4122 variant', () => {
    for (let i = 0; i < 200; i++) {
      const id = uuidv7();
      expect(id).toMatch(UUID_PATTERN);
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });

  it('carries the millisecond timestamp in its first 48 bits', () => {
    const ms = Date.UTC(2026, 2, 4, 9, 15, 0, 123);
    const id = uuidv7(ms);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(ms);
  });

  it('sorts by creation time across milliseconds', () => {
    const base = Date.UTC(2026, 0, 1);
    const ids = [5, 1, 1000, 3, 86_400_000].map((offset) => ({
      offset,
      id: uuidv7(base + offset),
    }));
    const byId = [...ids].sort((a, b) => a.id.localeCompare(b.id)).map((x) => x.offset);
    expect(byId).toEqual([1, 3, 5, 1000, 86_400_000]);
  });

  it('differs in the same millisecond', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => uuidv7(1_700_000_000_000)));
    expect(ids.size).toBe(1000);
  });

  it('uses the version and variant bits even when random bytes are all ones', () => {
    vi.spyOn(globalThis.crypto, 'getRandomValues').mockImplementation((arr) => {
      new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength).fill(0xff);
      return arr;
    });
    expect(uuidv7(0)).toBe('00000000-0000-7fff-bfff-ffffffffffff');
  });

  it('clamps negative and fractional times', () => {
    expect(uuidv7(-5).slice(0, 13)).toBe('00000000-0000');
    expect(uuidv7(1.9).slice(0, 13)).toBe('00000000-0001');
  });
});

describe('UUID_PATTERN', () => {
  it('rejects malformed ids', () => {
    for (const bad of [
      '',
      'abc',
      '01900000-0000-7000-8000-00000000000',
      '01900000000070008000000000000001',
      '0190000g-0000-7000-8000-000000000001',
    ]) {
      expect(UUID_PATTERN.test(bad)).toBe(false);
    }
  });
});
