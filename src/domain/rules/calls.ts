import type { CommandArgs, CommandName } from '../commands';
import { londonDate } from '../dates';
import type { Action, Call, CallStatus, ResidentUpdate } from '../schemas/calls';

/**
 * Pure rules for daily tasking calls, shared by the device (optimistic
 * apply, screens) and the server (authoritative apply). Times are ISO
 * instants from the server clock on the server and from the device clock
 * only for display on the device.
 */
export const CALL_TRANSITIONS: Record<CallStatus, readonly CallStatus[]> = {
  new: ['open', 'closed'],
  open: ['closed'],
  closed: ['open'],
};

export function canTransition(from: CallStatus, to: CallStatus): boolean {
  return CALL_TRANSITIONS[from].includes(to);
}

/** When the last thing happened to an action: done, cancelled, or set. */
export function actionActivityAt(
  a: Pick<Action, 'createdAt' | 'completedAt' | 'cancelledAt'>,
): string {
  return a.completedAt ?? a.cancelledAt ?? a.createdAt ?? '';
}

/**
 * "A call that is not anonymous is not complete until the resident has been
 * updated after the last action" (domain.md). Due when the reporter is named
 * and no resident update is at or after the latest action activity; a call
 * with no actions yet is due until the resident has heard once.
 */
export function residentUpdateDue(
  call: Pick<Call, 'reporter' | 'status'>,
  actions: readonly Pick<Action, 'createdAt' | 'completedAt' | 'cancelledAt'>[],
  updates: readonly Pick<ResidentUpdate, 'at'>[],
): boolean {
  if (call.reporter.anonymous) return false;
  const lastUpdate = updates.reduce((max, u) => (u.at > max ? u.at : max), '');
  if (actions.length === 0) return lastUpdate === '';
  const lastAction = actions.reduce((max, a) => {
    const at = actionActivityAt(a);
    return at > max ? at : max;
  }, '');
  return lastUpdate === '' || Date.parse(lastUpdate) < Date.parse(lastAction || lastUpdate);
}

/** An open action whose due date is before today (Europe/London). Never stored. */
export function isActionOverdue(a: Pick<Action, 'status' | 'dueDate'>, now: Date): boolean {
  return a.status === 'open' && a.dueDate < londonDate(now);
}

export function overdueActions<A extends Pick<Action, 'status' | 'dueDate'>>(
  actions: readonly A[],
  now: Date,
): A[] {
  return actions.filter((a) => isActionOverdue(a, now));
}

export type RuleError = { code: string; message: string };
export type RuleResult<P> = { ok: true; patch: P } | { ok: false; error: RuleError };

const fail = (code: string, message: string): { ok: false; error: RuleError } => ({
  ok: false,
  error: { code, message },
});

export interface CallContext {
  actions: readonly Action[];
  updates: readonly ResidentUpdate[];
}

/**
 * Applies a call command to the current call, returning the fields to
 * change, or a coded error. `by` and `at` come from the server when it
 * applies the command for real.
 */
export function applyCallCommand<N extends Extract<CommandName, `call.${string}`>>(
  call: Call,
  name: N,
  args: CommandArgs<N>,
  ctx: CallContext,
  by: string,
  at: string,
): RuleResult<Partial<Call>> {
  switch (name) {
    case 'call.open':
      if (call.status !== 'new')
        return fail('illegal_transition', 'Only a new call can be opened.');
      return { ok: true, patch: { status: 'open' } };
    case 'call.discuss': {
      if (call.status === 'closed')
        return fail('call_closed', 'This call is closed. Reopen it to discuss it.');
      const date = (args as CommandArgs<'call.discuss'>).date;
      const discussedOn = Array.from(new Set([...(call.discussedOn ?? []), date])).sort();
      return { ok: true, patch: { status: 'open', discussedOn } };
    }
    case 'call.close': {
      if (call.status === 'closed') return fail('call_closed', 'This call is already closed.');
      const { reason, noUpdateReason } = args as CommandArgs<'call.close'>;
      const due = residentUpdateDue(call, ctx.actions, ctx.updates);
      if (due && !noUpdateReason?.trim())
        return fail(
          'resident_update_due',
          'The resident has not been updated since the last action. Record an update, or say why not.',
        );
      if (ctx.actions.some((a) => a.status === 'open'))
        return fail(
          'open_actions',
          'Complete or cancel every open action before closing the call.',
        );
      return {
        ok: true,
        patch: {
          status: 'closed',
          closure: { reason, closedAt: at, closedBy: by, ...(due ? { noUpdateReason } : {}) },
        },
      };
    }
    case 'call.reopen':
      if (call.status !== 'closed')
        return fail('illegal_transition', 'Only a closed call can be reopened.');
      return { ok: true, patch: { status: 'open', closure: null } };
    default:
      return fail('unknown_command', 'This command is not known.');
  }
}

export function applyActionCommand<N extends Extract<CommandName, `action.${string}`>>(
  action: Action,
  call: Pick<Call, 'status'>,
  name: N,
  args: CommandArgs<N>,
  by: string,
  at: string,
): RuleResult<Partial<Action>> {
  if (call.status === 'closed')
    return fail('call_closed', 'This call is closed. Reopen it to change its actions.');
  if (action.status !== 'open')
    return fail('illegal_transition', `This action is already ${action.status}.`);
  if (name === 'action.complete') {
    const { outcome } = args as CommandArgs<'action.complete'>;
    return { ok: true, patch: { status: 'done', outcome, completedAt: at, completedBy: by } };
  }
  if (name === 'action.cancel') {
    const { reason } = args as CommandArgs<'action.cancel'>;
    return {
      ok: true,
      patch: { status: 'cancelled', cancelReason: reason, cancelledAt: at, cancelledBy: by },
    };
  }
  return fail('unknown_command', 'This command is not known.');
}
