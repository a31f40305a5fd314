/**
 * PostgreSQL backup and restore with the standard tools: `pg_dump` in its
 * custom format (compressed, consistent while the servers keep running)
 * and `pg_restore` into the database DATABASE_URL names, dropping what the
 * backup holds first, in one transaction, stopping at the first error.
 */
import { spawnSync } from 'node:child_process';

function run(tool: string, args: string[]): void {
  const result = spawnSync(tool, args, { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
  if (result.error) throw new Error(`${tool} could not run: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr.trim()}`);
}

export function backupPg(databaseUrl: string, dest: string): void {
  run('pg_dump', ['--format=custom', '--no-owner', `--file=${dest}`, `--dbname=${databaseUrl}`]);
}

export function restorePg(backup: string, databaseUrl: string): void {
  run('pg_restore', [
    '--clean',
    '--if-exists',
    '--no-owner',
    '--single-transaction',
    '--exit-on-error',
    `--dbname=${databaseUrl}`,
    backup,
  ]);
}
