import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
