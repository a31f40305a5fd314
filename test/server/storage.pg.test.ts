/**
 * The storage contract on PostgreSQL (runs when DATABASE_URL is set; .ci/run
 * starts a throwaway cluster), plus what only a shared server adds: seqs in
 * commit order under concurrent writers, and migrations that run once when
 * several processes start together.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createPgStorage } from '../../src/server/storage/pg';
import type { Storage } from '../../src/server/storage/types';
import { freshPgDatabase, type PgDatabase } from './pg-databases';
import { storageContract } from './storage-contract';

const databases: PgDatabase[] = [];
afterEach(async () => {
  for (const db of databases.splice(0)) await db.drop();
});

async function fresh(): Promise<Storage> {
  const db = await freshPgDatabase();
  databases.push(db);
  return createPgStorage(db.url);
}

storageContract('PostgreSQL', fresh);

describe('PostgreSQL with several processes', () => {
  it('migrates once when several pools open the same empty database at once', async () => {
    const db = await freshPgDatabase();
    databases.push(db);
    const stores = await Promise.all([1, 2, 3].map(() => createPgStorage(db.url)));
    try {
      const seqs = await Promise.all(stores.map((s) => s.transaction((tx) => tx.nextSeq())));
      expect([...seqs].sort()).toEqual([1, 2, 3]);
    } finally {
      for (const s of stores) await s.close();
    }
  });
});
