/**
 * Loads what the new-record rule (src/domain/rules/enforcement.ts) needs for
 * a new enforcement record: its powers-ladder row, read from the synced
 * `powers` table (falling back to the seed when the table is empty), and
 * the live record it escalates from.
 */
import { referenceRow } from '../../domain/reference/seed';
import { newEnforcementError } from '../../domain/rules/enforcement';
import type { Enforcement } from '../../domain/schemas/enforcement';
import type { StorageTx } from '../storage/types';
import { rejected, type Outcome } from './push-outcome';

type Step = Parameters<typeof newEnforcementError>[1];

async function stepOf(tx: StorageTx, stepId: string): Promise<Step> {
  const stored = await tx.getRecord('powers', stepId);
  // A step the admin has withdrawn cannot start new records.
  if (stored?.deleted) return undefined;
  return referenceRow('powers', stepId, stored?.data) as Step;
}

export async function checkEnforcementStep(
  tx: StorageTx,
  data: Record<string, unknown>,
): Promise<Outcome | null> {
  const record = data as Enforcement;
  const fromId = record.escalatedFromId;
  const from = fromId ? await tx.getRecord('enforcements', fromId) : undefined;
  const error = newEnforcementError(
    record,
    await stepOf(tx, record.stepId),
    from && !from.deleted ? from.data : undefined,
  );
  return error ? rejected(error.code, error.message) : null;
}
