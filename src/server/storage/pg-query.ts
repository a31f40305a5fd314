/**
 * How the PostgreSQL stores talk to their transaction's connection: named
 * statements (PostgreSQL prepares each once per connection and reuses the
 * plan), rows back. Every name must belong to exactly one SQL text; an
 * empty name runs the text unprepared (SQL whose shape varies).
 */
import type { PoolClient, QueryResultRow } from 'pg';

export interface PgQuery {
  <R extends QueryResultRow = QueryResultRow>(
    name: string,
    text: string,
    values?: unknown[],
  ): Promise<R[]>;
}

export function pgQuery(client: PoolClient): PgQuery {
  return async <R extends QueryResultRow>(name: string, text: string, values: unknown[] = []) =>
    (await client.query<R>(name ? { name, text, values } : { text, values })).rows;
}
