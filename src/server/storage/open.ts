/**
 * Which storage a server process opens: PostgreSQL when DATABASE_URL is
 * set, otherwise SQLite at DATA_DIR/<file> (created if missing).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createPgStorage } from './pg';
import { createSqliteStorage } from './sqlite';
import type { Storage } from './types';

export interface StorageChoice {
  kind: 'postgres' | 'sqlite';
  open(): Promise<Storage>;
}

export function chooseStorage(env: NodeJS.ProcessEnv, sqliteFile = 'csu.sqlite'): StorageChoice {
  const url = env.DATABASE_URL;
  if (url) return { kind: 'postgres', open: () => createPgStorage(url) };
  const dataDir = resolve(env.DATA_DIR ?? './data');
  return {
    kind: 'sqlite',
    open: async () => {
      mkdirSync(dataDir, { recursive: true });
      return createSqliteStorage(join(dataDir, sqliteFile));
    },
  };
}
