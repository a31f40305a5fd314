/**
 * The README's SQLite backup and restore: `npm run backup -- <file>` while
 * a server holds the database open, then `npm run restore -- <file>` into
 * a fresh DATA_DIR; the restored store holds exactly what the original did.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteStorage } from '../../src/server/storage/sqlite';
import { fillStore, npmRun, snapshot } from './store-snapshot';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('SQLite backup and restore', () => {
  it(
    'backs up a database in use with the online backup API and restores it into a fresh one',
    { timeout: 60_000 },
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'csu-backup-'));
      dirs.push(dir);
      const original = createSqliteStorage(join(dir, 'csu.sqlite'));
      try {
        await fillStore(original);
        const file = join(dir, 'csu-backup.sqlite');
        npmRun('backup', file, { DATA_DIR: dir, DATABASE_URL: '' });
        const fresh = join(dir, 'restored');
        npmRun('restore', file, { DATA_DIR: fresh, DATABASE_URL: '' });
        const restored = createSqliteStorage(join(fresh, 'csu.sqlite'));
        try {
          const before = await snapshot(original);
          expect(before.changes).toHaveLength(50);
          expect(await snapshot(restored)).toEqual(before);
        } finally {
          await restored.close();
        }
      } finally {
        await original.close();
      }
    },
  );
});
