import { formatDate, londonDate } from '../dates';
import type { CommandAddition } from '../command-def';
import type {
  MaracAction,
  MaracDecision,
  MaracMeeting,
  MaracReferral,
  ReferralOutcome,
  ReferralStatus,
} from '../schemas/marac';
import { fail, type RuleInput, type RuleResult } from './rule-result';

/**
 * Pure rules for the Community MARAC workflow (domain.md "Community MARAC
 * referral"): submitted -> accepted | declined (with advice) | redirected
 * (with where to) -> listed for meetings -> closed with a structured outcome.
 * Run by the command registry on the device and the server alike.
 */

/** A case the panel took on and has not closed: it stays on every agenda. */
export const OPEN_CASE_STATUSES: readonly ReferralStatus[] = ['accepted', 'listed'];
/** Statuses a referral can only reach by being accepted. */
export const ACCEPTED_STATUSES: readonly ReferralStatus[] = ['accepted', 'listed', 'closed'];

type Patch = RuleResult<Partial<MaracReferral>>;
type ReferralInput<A, L = unknown> = RuleInput<MaracReferral, A, L>;

function undecided(record: MaracReferral, verb: string): Patch | null {
  if (record.status === 'submitted') return null;
  return fail(
    'illegal_transition',
    `Only a newly submitted referral can be ${verb}. This one is already ${record.status}.`,
  );
}

export function acceptReferral({
  record,
  args,
  at,
}: ReferralInput<{ earlierReferralId?: string | undefined }>): Patch {
  const refused = undecided(record, 'accepted');
  if (refused) return refused;
  if (args.earlierReferralId === record.id)
    return fail('invalid', 'A referral cannot be a re-referral of itself.');
  return {
    ok: true,
    patch: {
      status: 'accepted',
      decidedOn: londonDate(at),
      ...(args.earlierReferralId ? { earlierReferralId: args.earlierReferralId } : {}),
    },
  };
}

export function declineReferral({ record, args, at }: ReferralInput<{ advice: string }>): Patch {
  const refused = undecided(record, 'declined');
  if (refused) return refused;
  return {
    ok: true,
    patch: { status: 'declined', decidedOn: londonDate(at), advice: args.advice },
  };
}

export function redirectReferral({ record, args, at }: ReferralInput<{ to: string }>): Patch {
  const refused = undecided(record, 'redirected');
  if (refused) return refused;
  return {
    ok: true,
    patch: { status: 'redirected', decidedOn: londonDate(at), redirectedTo: args.to },
  };
}

/** Listing puts an open case on a meeting's agenda; it may be listed at several meetings. */
export function listReferral({ record, args }: ReferralInput<{ meetingId: string }>): Patch {
  if (!OPEN_CASE_STATUSES.includes(record.status))
    return fail(
      'illegal_transition',
      record.status === 'submitted'
        ? 'Accept the referral before listing it for a meeting.'
        : `A ${record.status} referral cannot be listed for a meeting.`,
    );
  const meetingIds = Array.from(new Set([...(record.meetingIds ?? []), args.meetingId]));
  return { ok: true, patch: { status: 'listed', meetingIds } };
}

/**
 * Closing needs every action settled: done, or minuted at a meeting as
 * "circumstances changed" or "agency did not complete".
 */
export function closeReferral({
  record,
  args,
  loaded,
  at,
}: ReferralInput<
  { outcome: ReferralOutcome; reason: string },
  { maracActions: readonly Pick<MaracAction, 'status'>[] }
>): Patch {
  if (!OPEN_CASE_STATUSES.includes(record.status))
    return fail(
      'illegal_transition',
      record.status === 'closed'
        ? 'This referral is already closed.'
        : 'Only an accepted case can be closed.',
    );
  if (loaded.maracActions.some((a) => a.status === 'open'))
    return fail(
      'open_actions',
      'Mark each open action as done, or minute it as incomplete, before closing the case.',
    );
  return {
    ok: true,
    patch: {
      status: 'closed',
      closedOn: londonDate(at),
      outcome: args.outcome,
      outcomeReason: args.reason,
    },
  };
}

/**
 * The decision row a referral.* command adds on the server (the `adds` of
 * its registry entry): which decision, on the London day, with its advice,
 * destination, meeting or outcome. Derived from the patch the rule made, so
 * a refused command adds nothing.
 */
export function decisionRecords(
  record: Pick<MaracReferral, 'id'>,
  patch: Partial<MaracReferral>,
  args: object,
  at: string,
): CommandAddition[] {
  if (!patch.status || patch.status === 'draft' || patch.status === 'submitted') return [];
  const meetingId = 'meetingId' in args && typeof args.meetingId === 'string' ? args.meetingId : '';
  const data: Omit<MaracDecision, 'id'> = {
    referralId: record.id,
    decision: patch.status,
    date: londonDate(at),
    ...(patch.advice ? { advice: patch.advice } : {}),
    ...(patch.redirectedTo ? { redirectedTo: patch.redirectedTo } : {}),
    ...(patch.status === 'listed' && meetingId ? { meetingId } : {}),
    ...(patch.outcome ? { outcome: patch.outcome } : {}),
    ...(patch.outcomeReason ? { reason: patch.outcomeReason } : {}),
  };
  return [{ table: 'maracDecisions', data }];
}

type ActionInput<A> = RuleInput<MaracAction, A, { parent: Pick<MaracReferral, 'status'> }>;

function actionOpen(input: ActionInput<unknown>): RuleResult<never> | null {
  if (input.loaded.parent.status === 'closed')
    return fail('illegal_transition', 'This case is closed, so its actions cannot change.');
  if (input.record.status !== 'open')
    return fail('illegal_transition', 'This action has already been marked.');
  return null;
}

export function completeMaracAction(input: ActionInput<object>): RuleResult<Partial<MaracAction>> {
  return actionOpen(input) ?? { ok: true, patch: { status: 'done' } };
}

/** At the next meeting, an action not done is minuted as one of two reasons. */
export function minuteIncompleteAction(
  input: ActionInput<{
    minute: 'circumstances_changed' | 'not_completed';
    note?: string | undefined;
    meetingId: string;
  }>,
): RuleResult<Partial<MaracAction>> {
  const refused = actionOpen(input);
  if (refused) return refused;
  if (input.record.meetingId === input.args.meetingId)
    return fail(
      'illegal_transition',
      'An action is minuted as incomplete at a later meeting than the one that agreed it.',
    );
  return {
    ok: true,
    patch: {
      status: input.args.minute,
      reviewedAtMeetingId: input.args.meetingId,
      ...(input.args.note ? { reviewNote: input.args.note } : {}),
    },
  };
}

/** The first meeting after `meetingId`'s, or none (the next one is not yet set). */
export function nextMeetingAfter<M extends Pick<MaracMeeting, 'id' | 'date'>>(
  meetings: readonly M[],
  meetingId: string | undefined,
): M | undefined {
  const agreedAt = meetings.find((m) => m.id === meetingId);
  if (!agreedAt) return undefined;
  return [...meetings]
    .filter((m) => m.date > agreedAt.date)
    .sort((a, b) => a.date.localeCompare(b.date))[0];
}

/**
 * An action agreed at a meeting is due before the next one (domain.md); with
 * no later meeting set yet, any due date stands. Checked on the device and
 * the server when an action is added.
 */
export function actionDueError(
  action: Pick<MaracAction, 'dueDate' | 'meetingId'>,
  meetings: readonly Pick<MaracMeeting, 'id' | 'date'>[],
): string | null {
  const next = nextMeetingAfter(meetings, action.meetingId);
  if (!next || action.dueDate < next.date) return null;
  return `Set a due date before the next meeting on ${formatDate(next.date)}`;
}

export interface AgendaCase<R, A> {
  referral: R;
  /** Its actions still open: each is done or minuted as incomplete at this meeting. */
  openActions: A[];
}

/**
 * A meeting's agenda: new referrals to decide, then every open case
 * (accepted or listed) with its open actions, oldest referral first.
 */
export function meetingAgenda<
  R extends Pick<MaracReferral, 'id' | 'status' | 'referredOn'>,
  A extends Pick<MaracAction, 'referralId' | 'status'>,
>(
  referrals: readonly R[],
  actions: readonly A[],
): { newReferrals: R[]; openCases: AgendaCase<R, A>[] } {
  const byAge = [...referrals].sort((a, b) =>
    (a.referredOn ?? '').localeCompare(b.referredOn ?? ''),
  );
  return {
    newReferrals: byAge.filter((r) => r.status === 'submitted'),
    openCases: byAge
      .filter((r) => OPEN_CASE_STATUSES.includes(r.status))
      .map((referral) => ({
        referral,
        openActions: actions.filter((a) => a.referralId === referral.id && a.status === 'open'),
      })),
  };
}
