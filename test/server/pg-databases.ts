/**
 * Fresh PostgreSQL databases for the *.pg.test.ts files: each call creates
 * an empty database on the cluster DATABASE_URL points at (the throwaway
 * cluster .ci/run starts) and drops it afterwards, so tests never share
 * rows and never touch the database DATABASE_URL names.
 */
import pg from 'pg';
import { uuidv7 } from '../../src/domain/ids';

export function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('*.pg.test.ts files run only with DATABASE_URL set (see .ci/run).');
  return url;
}

export interface PgDatabase {
  url: string;
  drop(): Promise<void>;
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: requireDatabaseUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function freshPgDatabase(): Promise<PgDatabase> {
  const name = `csu_test_${uuidv7().replaceAll('-', '')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(requireDatabaseUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
