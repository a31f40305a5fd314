import type { DemoRng } from './prng';
import type { DemoTime } from './demo-time';
import type { DemoUser, DemoUsername } from './demo-users';

/** What every demo builder shares: the seeded source, ids, the clock and the sign-ins. */
export interface DemoContext {
  rng: DemoRng;
  /** A deterministic UUIDv7-shaped id for a record made at `ms`. */
  id: (ms: number) => string;
  time: DemoTime;
  users: Record<DemoUsername, DemoUser>;
}

/** Record key → record id, for places and people the plans name by key. */
export type KeyedIds = ReadonlyMap<string, string>;

export function idOf(ids: KeyedIds, key: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`demo data refers to an unknown key: ${key}`);
  return id;
}
