import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../src/server/storage/sqlite-migrations';
import { createSqliteStorage } from '../../src/server/storage/sqlite';
import { storageContract } from './storage-contract';

storageContract('SQLite in memory', () => createSqliteStorage(':memory:'));

describe('SQLite file storage', () => {
  it('keeps committed data across a reopen and does not re-run migrations', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csu-storage-'));
    try {
      const path = join(dir, 'csu.sqlite');
      const first = createSqliteStorage(path);
      const seq = await first.transaction((tx) => tx.nextSeq());
      await first.close();
      const second = createSqliteStorage(path);
      expect(await second.transaction((tx) => tx.currentSeq())).toBe(seq);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('SQLite migrations', () => {
  it('are numbered files with no gaps, applied once each', async () => {
    const migrations = loadMigrations();
    expect(migrations.map((m) => m.id)).toEqual(migrations.map((_m, i) => i + 1));
    expect(migrations[0]?.name).toBe('initial');
    const dir = mkdtempSync(join(tmpdir(), 'csu-migrate-'));
    try {
      const path = join(dir, 'csu.sqlite');
      await createSqliteStorage(path).close();
      const db = new Database(path);
      migrate(db);
      const applied = db.prepare('SELECT id FROM migrations ORDER BY id').all() as { id: number }[];
      db.close();
      expect(applied.map((r) => r.id)).toEqual(migrations.map((m) => m.id));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
