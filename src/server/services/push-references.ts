/**
 * The server's half of the call reference rule (domain/rules/call-references):
 * the ids a pushed call names must be active rows of the synced reference
 * tables on the server.
 */
import {
  CALL_REFERENCE_TABLES,
  callReferenceErrors,
  callReferenceIds,
  type CallReferenceInput,
} from '../../domain/rules/call-references';
import type { StorageTx } from '../storage/types';
import { rejected, type Outcome } from './push-outcome';

async function active(tx: StorageTx, table: string, id: string): Promise<boolean> {
  const row = await tx.getRecord(table as (typeof CALL_REFERENCE_TABLES)[number], id);
  return row !== undefined && !row.deleted && row.data.active !== false;
}

export async function checkCallReferences(
  tx: StorageTx,
  call: CallReferenceInput,
): Promise<Outcome | null> {
  const ids = callReferenceIds(call);
  const known = { wards: true, agencies: true, categories: true };
  for (const table of CALL_REFERENCE_TABLES)
    for (const id of new Set(ids[table])) if (!(await active(tx, table, id))) known[table] = false;
  const fields = callReferenceErrors(known);
  if (Object.keys(fields).length === 0) return null;
  return rejected('invalid', 'Some choices are not on the district’s lists.', fields);
}
