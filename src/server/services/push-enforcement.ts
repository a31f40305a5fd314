/**
 * The powers ladder rule the server enforces on a new enforcement record
 * (domain.md): a step that `requires` another (a CPN requires a CPW) must
 * escalate from an active or breached record of that step for the same
 * recipient. Steps are read from the synced `powers` table, falling back to
 * the first seed when the table is empty.
 */
import { SEED_POWERS } from '../../domain/reference/powers';
import type { StorageTx } from '../storage/types';
import { rejected, type Outcome } from './push-outcome';

async function requiredStep(tx: StorageTx, stepId: string): Promise<string | undefined> {
  const stored = await tx.getRecord('powers', stepId);
  if (stored) return typeof stored.data.requires === 'string' ? stored.data.requires : undefined;
  return SEED_POWERS.find((p) => p.id === stepId)?.requires;
}

const sameRecipient = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  typeof a.personId === 'string' || typeof b.personId === 'string'
    ? a.personId === b.personId
    : String(a.recipientName).trim().toLowerCase() === String(b.recipientName).trim().toLowerCase();

export async function checkEnforcementStep(
  tx: StorageTx,
  data: Record<string, unknown>,
): Promise<Outcome | null> {
  const requires = await requiredStep(tx, String(data.stepId));
  if (!requires) return null;
  const fromId = data.escalatedFromId;
  const from = typeof fromId === 'string' ? await tx.getRecord('enforcements', fromId) : undefined;
  const ok =
    from !== undefined &&
    !from.deleted &&
    from.data.stepId === requires &&
    (from.data.status === 'active' || from.data.status === 'breached') &&
    sameRecipient(from.data, data);
  if (ok) return null;
  return rejected(
    'cpn_requires_cpw',
    'This step must escalate from an active or breached earlier step for the same recipient.',
  );
}
