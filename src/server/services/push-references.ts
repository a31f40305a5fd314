/**
 * The server's half of the call reference rule (domain/rules/call-references):
 * the ids a pushed call names must be active rows of the synced reference
 * tables on the server; and of the action owner rule (domain/rules/action-owner).
 */
import {
  CALL_REFERENCE_TABLES,
  callReferenceErrors,
  callReferenceIds,
  type CallReferenceInput,
} from '../../domain/rules/call-references';
import { ACTION_OWNER_FIELD, actionOwnerError } from '../../domain/rules/action-owner';
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

/** The server's half of the action owner rule (domain/rules/action-owner). */
export async function checkActionOwner(
  tx: StorageTx,
  action: { ownerId?: string; agencyId: string },
): Promise<Outcome | null> {
  if (!action.ownerId) return null;
  const row = await tx.getRecord('users', action.ownerId);
  const owner =
    row && !row.deleted
      ? { agencyId: String(row.data.agencyId), active: row.data.active !== false }
      : undefined;
  const message = actionOwnerError(owner, action.agencyId);
  if (!message) return null;
  return rejected('invalid', 'The action’s owner is not in its agency.', {
    [ACTION_OWNER_FIELD]: message,
  });
}
