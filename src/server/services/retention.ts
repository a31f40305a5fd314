/**
 * Disposal under the retention schedule (domain.md "Data protection"): a
 * record and its children lose every value, their ids are remembered so no
 * queued replay can bring them back (`rejected` `disposed`), and devices
 * that could read them pull `delete` with `purge: true`. The audit row keeps
 * ids only.
 */
import type { TableName } from '../../domain/tables';
import type { ServerDeps } from '../deps';
import type { StorageTx } from '../storage/types';
import { writeAudit } from './audit';
import { childTablesOf } from './records';

async function disposeOne(
  tx: StorageTx,
  table: TableName,
  id: string,
  at: string,
): Promise<string[]> {
  const disposed: string[] = [];
  for (const childTable of childTablesOf(table))
    for (const child of await tx.listChildren(childTable, id)) {
      await tx.disposeRecord(childTable, child.id, await tx.nextSeq(), at);
      disposed.push(child.id);
    }
  await tx.disposeRecord(table, id, await tx.nextSeq(), at);
  return [id, ...disposed];
}

/** Disposes of records (and their children) in one transaction; unknown ids are skipped. Returns the ids disposed. */
export async function disposeRecords(
  deps: ServerDeps,
  table: TableName,
  ids: readonly string[],
  by: { userId: string | null; deviceId: string | null },
): Promise<string[]> {
  const now = deps.clock.now();
  return deps.storage.transaction(async (tx) => {
    const done: string[] = [];
    for (const id of ids) {
      const record = await tx.getRecord(table, id);
      if (!record || (await tx.isDisposed(table, id))) continue;
      done.push(...(await disposeOne(tx, table, id, now.toISOString())));
    }
    if (done.length > 0)
      await writeAudit(tx, now, { ...by, action: 'retention.dispose', table, ids: done });
    return done;
  });
}
