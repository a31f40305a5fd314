/**
 * The README's PostgreSQL backup and restore: `npm run backup -- <file>`
 * (pg_dump) while the store is open, then `npm run restore -- <file>`
 * (pg_restore) into a fresh, empty database; the restored store holds
 * exactly what the original did, and opening it runs no migration again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPgStorage } from '../../src/server/storage/pg';
import { freshPgDatabase } from './pg-databases';
import { fillStore, npmRun, snapshot } from './store-snapshot';

describe('PostgreSQL backup and restore', () => {
  it(
    'dumps a database in use with pg_dump and restores it into a fresh one with pg_restore',
    { timeout: 60_000 },
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'csu-pg-backup-'));
      const [source, target] = [await freshPgDatabase(), await freshPgDatabase()];
      const original = await createPgStorage(source.url);
      try {
        await fillStore(original);
        const file = join(dir, 'csu.dump');
        npmRun('backup', file, { DATABASE_URL: source.url });
        npmRun('restore', file, { DATABASE_URL: target.url });
        const restored = await createPgStorage(target.url);
        try {
          const before = await snapshot(original);
          expect(before.changes).toHaveLength(50);
          expect(await snapshot(restored)).toEqual(before);
        } finally {
          await restored.close();
        }
      } finally {
        await original.close();
        await source.drop();
        await target.drop();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
