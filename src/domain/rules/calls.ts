import { londonDate } from '../dates';
import type { Action, Call, ResidentUpdate } from '../schemas/calls';
import { fail, type RuleError, type RuleInput, type RuleResult } from './rule-result';

/**
 * Pure rules for daily tasking calls, shared by the device (optimistic
 * apply, screens) and the server (authoritative apply). Times are ISO
 * instants from the server clock on the server and from the device clock
 * only for display on the device.
 */
/** When the last thing happened to an action: done, cancelled, or set. */
export function actionActivityAt(
  a: Pick<Action, 'createdAt' | 'completedAt' | 'cancelledAt'>,
): string {
  return a.completedAt ?? a.cancelledAt ?? a.createdAt ?? '';
}

const MS_PER_MINUTE = 60_000;
const minuteOf = (instant: string) => Math.floor(Date.parse(instant) / MS_PER_MINUTE);

type UpdateTimes = Pick<ResidentUpdate, 'at'> & { createdAt?: string };

/**
 * Whether a resident update came after `activityAt` as the person means it.
 * They give the time to the minute while an action's completion carries
 * milliseconds, so an update in the same minute counts when it was recorded
 * at or after the activity (or when nobody knows when it was recorded).
 */
export function updateCovers(update: UpdateTimes, activityAt: string): boolean {
  if (!activityAt) return true;
  if (Date.parse(update.at) >= Date.parse(activityAt)) return true;
  if (minuteOf(update.at) !== minuteOf(activityAt)) return false;
  return update.createdAt === undefined || Date.parse(update.createdAt) >= Date.parse(activityAt);
}

/**
 * "A call that is not anonymous is not complete until the resident has been
 * updated after the last action" (domain.md). Due when the reporter is named
 * and no resident update covers the latest action activity (updateCovers);
 * a call with no actions yet is due until the resident has heard once.
 */
export function residentUpdateDue(
  call: Pick<Call, 'reporter' | 'status'>,
  actions: readonly Pick<Action, 'createdAt' | 'completedAt' | 'cancelledAt'>[],
  updates: readonly UpdateTimes[],
): boolean {
  if (call.reporter.anonymous) return false;
  if (actions.length === 0) return updates.length === 0;
  const lastAction = actions.reduce((max, a) => {
    const at = actionActivityAt(a);
    return at > max ? at : max;
  }, '');
  return !updates.some((u) => updateCovers(u, lastAction));
}

/**
 * Order of things that happened, oldest first: by the minute a person gave
 * (or the instant, or a plain date), and within one minute by when each was
 * recorded, so an update typed as 10:05 right after a completion at
 * 10:05:40 lists after it.
 */
export function compareHappened(
  a: { at: string; recordedAt?: string },
  b: { at: string; recordedAt?: string },
): number {
  const byMinute = minuteOf(a.at) - minuteOf(b.at);
  if (byMinute !== 0 || Number.isNaN(byMinute)) return byMinute || a.at.localeCompare(b.at);
  return Date.parse(a.recordedAt ?? a.at) - Date.parse(b.recordedAt ?? b.at);
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

type CallChildren = {
  actions: readonly Action[];
  residentUpdates: readonly ResidentUpdate[];
};

export function openCall({ record }: RuleInput<Call, object, unknown>): RuleResult<Partial<Call>> {
  if (record.status !== 'new') return fail('illegal_transition', 'Only a new call can be opened.');
  return { ok: true, patch: { status: 'open' } };
}

export function discussCall({
  record,
  args,
}: RuleInput<Call, { date: string }, unknown>): RuleResult<Partial<Call>> {
  if (record.status === 'closed')
    return fail('call_closed', 'This call is closed. Reopen it to discuss it.');
  const discussedOn = Array.from(new Set([...(record.discussedOn ?? []), args.date])).sort();
  return { ok: true, patch: { status: 'open', discussedOn } };
}

/** Why a call cannot close yet, in the order the chair should fix them; empty when it can. */
export function closeCallProblems(
  call: Pick<Call, 'reporter' | 'status'>,
  loaded: CallChildren,
  noUpdateReason: string | undefined,
): RuleError[] {
  if (call.status === 'closed')
    return [{ code: 'call_closed', message: 'This call is already closed.' }];
  const problems: RuleError[] = [];
  if (residentUpdateDue(call, loaded.actions, loaded.residentUpdates) && !noUpdateReason?.trim())
    problems.push({
      code: 'resident_update_due',
      message:
        'The resident has not been updated since the last action. Record an update, or say why not.',
    });
  if (loaded.actions.some((a) => a.status === 'open'))
    problems.push({
      code: 'open_actions',
      message: 'Complete or cancel every open action before closing the call.',
    });
  return problems;
}

export function closeCall({
  record,
  args,
  loaded,
  by,
  at,
}: RuleInput<
  Call,
  { reason: string; noUpdateReason?: string | undefined },
  CallChildren
>): RuleResult<Partial<Call>> {
  const [problem] = closeCallProblems(record, loaded, args.noUpdateReason);
  if (problem) return { ok: false, error: problem };
  const due = residentUpdateDue(record, loaded.actions, loaded.residentUpdates);
  const { reason, noUpdateReason } = args;
  return {
    ok: true,
    patch: {
      status: 'closed',
      closure: { reason, closedAt: at, closedBy: by, ...(due ? { noUpdateReason } : {}) },
    },
  };
}

export function reopenCall({
  record,
}: RuleInput<Call, object, unknown>): RuleResult<Partial<Call>> {
  if (record.status !== 'closed')
    return fail('illegal_transition', 'Only a closed call can be reopened.');
  return { ok: true, patch: { status: 'open', closure: null } };
}

/** An action changes only while it is open and its call is not closed. */
function actionChangeable(action: Action, call: Pick<Call, 'status'>): RuleError | null {
  if (call.status === 'closed')
    return {
      code: 'call_closed',
      message: 'This call is closed. Reopen it to change its actions.',
    };
  if (action.status !== 'open')
    return { code: 'illegal_transition', message: `This action is already ${action.status}.` };
  return null;
}

type ActionInput<A> = RuleInput<Action, A, { parent: Pick<Call, 'status'> }>;

function finishAction(
  { record, loaded }: ActionInput<unknown>,
  patch: Partial<Action>,
): RuleResult<Partial<Action>> {
  const error = actionChangeable(record, loaded.parent);
  return error ? { ok: false, error } : { ok: true, patch };
}

export const completeAction = (input: ActionInput<{ outcome: string }>) =>
  finishAction(input, {
    status: 'done',
    outcome: input.args.outcome,
    completedAt: input.at,
    completedBy: input.by,
  });

export const cancelAction = (input: ActionInput<{ reason: string }>) =>
  finishAction(input, {
    status: 'cancelled',
    cancelReason: input.args.reason,
    cancelledAt: input.at,
    cancelledBy: input.by,
  });
