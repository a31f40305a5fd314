/**
 * Delivery tasks (domain.md "Warning letters"): a request to hand-deliver a
 * letter, completed once by its assignee with `delivery.record`. The rule is
 * pure; the server then marks the letter delivered on the enforcement
 * record through the command's `effects` (commands.ts), which the PCSO's
 * device never sees.
 */
import type { DeliveryTask } from '../schemas/enforcement';
import { fail, type RuleInput, type RuleResult } from './rule-result';

export const DELIVERY_METHODS = ['hand', 'letterbox', 'post'] as const;
export const DELIVERY_METHOD_LABELS: Record<(typeof DELIVERY_METHODS)[number], string> = {
  hand: 'Handed to the recipient',
  letterbox: 'Through the letterbox',
  post: 'By post',
};

export interface DeliveryArgs {
  method: (typeof DELIVERY_METHODS)[number];
  deliveredAt: string;
  note?: string;
}

export function recordDelivery(
  input: RuleInput<DeliveryTask, DeliveryArgs, unknown>,
): RuleResult<Partial<DeliveryTask>> {
  const { record, args } = input;
  if (record.status !== 'open')
    return fail(
      'already_delivered',
      'This letter has already been recorded as delivered, so it cannot be recorded again.',
    );
  return {
    ok: true,
    patch: {
      status: 'delivered',
      method: args.method,
      deliveredAt: args.deliveredAt,
      deliveredBy: input.by,
      ...(args.note ? { note: args.note } : {}),
    },
  };
}

/** What the delivery changes on the enforcement record it belongs to. */
export function deliveryEffects(
  task: DeliveryTask,
  patch: Partial<DeliveryTask>,
): readonly { table: 'enforcements'; id: string; patch: Record<string, unknown> }[] {
  return [
    {
      table: 'enforcements' as const,
      id: task.enforcementId,
      patch: { deliveredAt: patch.deliveredAt },
    },
  ];
}
