import { describe, expect, it } from 'vitest';
import { loadPgMigrations } from '../../src/server/storage/pg-migrations';
import { loadMigrations } from '../../src/server/storage/sqlite-migrations';

describe('migration files', () => {
  it('number the same steps the same way on SQLite and PostgreSQL', () => {
    const step = (m: { id: number; name: string }) => `${m.id} ${m.name}`;
    expect(loadPgMigrations().map(step)).toEqual(loadMigrations().map(step));
  });
});
