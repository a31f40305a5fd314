/**
 * Loads what the powers ladder rule (src/domain/rules/enforcement.ts) needs
 * for a new enforcement record: the step's requirement, read from the
 * synced `powers` table (falling back to the seed when the table is empty),
 * and the live record it escalates from.
 */
import { SEED_POWERS } from '../../domain/reference/powers';
import { ladderError } from '../../domain/rules/enforcement';
import type { StorageTx } from '../storage/types';
import { rejected, type Outcome } from './push-outcome';

async function requiredStep(tx: StorageTx, stepId: string): Promise<string | undefined> {
  const stored = await tx.getRecord('powers', stepId);
  if (stored) return typeof stored.data.requires === 'string' ? stored.data.requires : undefined;
  return SEED_POWERS.find((p) => p.id === stepId)?.requires;
}

export async function checkEnforcementStep(
  tx: StorageTx,
  data: Record<string, unknown>,
): Promise<Outcome | null> {
  const requires = await requiredStep(tx, String(data.stepId));
  if (!requires) return null;
  const fromId = data.escalatedFromId;
  const from = typeof fromId === 'string' ? await tx.getRecord('enforcements', fromId) : undefined;
  const error = ladderError(data, requires, from && !from.deleted ? from.data : undefined);
  return error ? rejected(error.code, error.message) : null;
}
