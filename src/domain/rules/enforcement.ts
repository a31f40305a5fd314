/**
 * The powers ladder (domain.md): a step that `requires` another (a CPN
 * requires a CPW) must escalate from an active or breached record of that
 * step for the same recipient. Pure: the caller looks up the step's
 * requirement and the record it escalates from.
 */
import type { RuleError } from './rule-result';

type Recipient = { personId?: unknown; recipientName?: unknown };

const sameRecipient = (a: Recipient, b: Recipient) =>
  typeof a.personId === 'string' || typeof b.personId === 'string'
    ? a.personId === b.personId
    : String(a.recipientName).trim().toLowerCase() === String(b.recipientName).trim().toLowerCase();

/**
 * Why a new enforcement record breaks the ladder, or null when it does not.
 * `requires` is the step its own step requires (undefined: a first step);
 * `from` is the live record named by its `escalatedFromId`, if any.
 */
export function ladderError(
  record: Recipient,
  requires: string | undefined,
  from: (Recipient & { stepId?: unknown; status?: unknown }) | undefined,
): RuleError | null {
  if (!requires) return null;
  const ok =
    from !== undefined &&
    from.stepId === requires &&
    (from.status === 'active' || from.status === 'breached') &&
    sameRecipient(from, record);
  if (ok) return null;
  return {
    code: 'cpn_requires_cpw',
    message:
      'This step must escalate from an active or breached earlier step for the same recipient.',
  };
}
