/**
 * Merged people and locations (`mergedInto` on the `people` and `locations`
 * tables): repeats follow the survivor, so a query about a record also looks
 * at records merged into it.
 */
import type { MergeResolver } from '../../domain/rules/repeats';
import type { CsuDb } from './db';

const MAX_MERGE_HOPS = 10;

export interface MergeScope {
  resolve: MergeResolver;
  /** The given ids, their survivors and every record merged into them. */
  locationIds: string[];
  personIds: string[];
}

export async function mergeResolver(
  db: CsuDb,
  locationIds: string[],
  personIds: string[],
): Promise<MergeScope> {
  const mergedInto = new Map<string, string>();
  const expand = async (table: 'locations' | 'people', ids: string[]): Promise<string[]> => {
    const all = new Set(ids);
    let frontier = ids;
    for (let hop = 0; hop < MAX_MERGE_HOPS && frontier.length; hop++) {
      const [own, merged] = await Promise.all([
        db[table].bulkGet(frontier),
        db[table].where('mergedInto').anyOf(frontier).toArray(),
      ]);
      const next: string[] = [];
      for (const r of [...own, ...merged]) {
        if (!r) continue;
        if (r.mergedInto) mergedInto.set(r.id, r.mergedInto);
        for (const id of [r.id, r.mergedInto]) {
          if (id && !all.has(id)) {
            all.add(id);
            next.push(id);
          }
        }
      }
      frontier = next;
    }
    return [...all];
  };
  const [locations, people] = await Promise.all([
    expand('locations', locationIds),
    expand('people', personIds),
  ]);
  const resolve: MergeResolver = (id) => {
    let current = id;
    for (let hop = 0; hop < MAX_MERGE_HOPS; hop++) {
      const next = mergedInto.get(current);
      if (!next) break;
      current = next;
    }
    return current;
  };
  return { resolve, locationIds: locations, personIds: people };
}
