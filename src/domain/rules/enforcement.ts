/**
 * Pure rules for enforcement records (domain.md "Warning letters, ABAs and
 * powers"): the powers ladder and the command rules run by both runners
 * (src/domain/commands.ts). A record is saved as a draft with its letter,
 * issued with `enforcement.issue`, then reviewed, breached, complied with,
 * escalated or expired. Times come from the server clock when applied.
 */
import { londonDate, formatDate } from '../dates';
import type { Enforcement, EnforcementBreach } from '../schemas/enforcement';
import { endDateError, isLive, latestEndDate, type StepTimes } from './enforcement-dates';
import { fail, type RuleError, type RuleInput, type RuleResult } from './rule-result';

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

type NewRecord = Recipient & Pick<Enforcement, 'issuedDate' | 'escalatedFromId' | 'endDate'>;
type FromRecord = Recipient & { stepId?: unknown; status?: unknown };

/**
 * Why a new enforcement record may not be saved, or null: the ladder (a
 * step that requires another escalates from it), any escalation from a
 * finished record or another recipient's, and an end date outside the
 * step's limits. `step` is the record's powers-ladder row (undefined: not
 * a known step); `from` the stored record its `escalatedFromId` names.
 */
export function newEnforcementError(
  record: NewRecord,
  step: (StepTimes & { requires?: string | undefined }) | undefined,
  from: FromRecord | undefined,
): RuleError | null {
  if (!step) return { code: 'invalid', message: 'Select a step from the powers ladder.' };
  const ladder = ladderError(record, step.requires, from);
  if (ladder) return ladder;
  if (record.escalatedFromId !== undefined) {
    const live = from?.status === 'active' || from?.status === 'breached';
    if (!from || !live || !sameRecipient(from, record))
      return {
        code: 'illegal_transition',
        message: 'A record can only escalate from a running record for the same recipient.',
      };
  }
  return endDateError(step, record.issuedDate, record.endDate);
}

type Patch = RuleResult<Partial<Enforcement>>;
type Input<A> = RuleInput<Enforcement, A, unknown>;

const notLive = (what: string) =>
  fail('illegal_transition', `Only an issued record that is still running can be ${what}.`);

const notBeforeIssue = (record: Enforcement, date: string, label: string) =>
  date < record.issuedDate
    ? fail(
        'invalid',
        `${label} must be on or after the date issued, ${formatDate(record.issuedDate)}.`,
      )
    : null;

export function issueEnforcement({ record, by }: Input<object>): Patch {
  if (record.status !== 'draft')
    return fail('illegal_transition', 'This record has already been issued.');
  return { ok: true, patch: { status: 'active', issuedBy: by } };
}

export function reviewEnforcement({ record, args }: Input<{ date: string }>): Patch {
  if (!isLive(record)) return notLive('reviewed');
  const early = notBeforeIssue(record, args.date, 'The review date');
  if (early) return early;
  if (record.reviewDates.includes(args.date))
    return fail('illegal_transition', 'A review on this date is already recorded.');
  return { ok: true, patch: { reviewDates: [...record.reviewDates, args.date].sort() } };
}

export function breachEnforcement({ record, args }: Input<EnforcementBreach>): Patch {
  if (!isLive(record)) return notLive('breached');
  const early = notBeforeIssue(record, args.date, 'The breach date');
  if (early) return early;
  const breach: EnforcementBreach = {
    date: args.date,
    note: args.note,
    ...(args.callId ? { callId: args.callId } : {}),
  };
  const breaches = [...record.breaches, breach].sort((a, b) => a.date.localeCompare(b.date));
  return { ok: true, patch: { breaches, status: 'breached' } };
}

export function complyEnforcement({ record }: Input<object>): Patch {
  if (!isLive(record)) return notLive('marked as complied with');
  return { ok: true, patch: { status: 'complied' } };
}

/** Marks this record escalated to `toId`, the new record that names it as `escalatedFromId`. */
export function escalateEnforcement({ record, args }: Input<{ toId: string }>): Patch {
  if (!isLive(record)) return notLive('escalated');
  if (args.toId === record.id) return fail('invalid', 'A record cannot escalate to itself.');
  return { ok: true, patch: { status: 'escalated', escalatedToId: args.toId } };
}

/**
 * Moves a running record's end date later, within its step's total limit
 * (a closure order: made for up to 3 months, extended to 6 in total from
 * the date issued). `loaded.reference` is the record's ladder step as the
 * admin last set it; a step without a total limit cannot be extended.
 */
export function extendEnforcement({
  record,
  args,
  loaded,
}: RuleInput<Enforcement, { endDate: string }, { reference: StepTimes | undefined }>): Patch {
  if (!isLive(record)) return notLive('extended');
  const latest = loaded.reference && latestEndDate(loaded.reference, record.issuedDate);
  if (latest === undefined || record.endDate === undefined)
    return fail('illegal_transition', 'This step cannot be extended.');
  if (args.endDate <= record.endDate)
    return fail(
      'invalid',
      `The new end date must be after the current one, ${formatDate(record.endDate)}.`,
    );
  if (args.endDate > latest)
    return fail(
      'invalid',
      `This step can last ${loaded.reference?.maxTotalMonths} months in total at most: until ${formatDate(latest)}.`,
    );
  return { ok: true, patch: { endDate: args.endDate } };
}

/** A record with an end date expires on or after it; one without may lapse at any time. */
export function expireEnforcement({ record, at }: Input<object>): Patch {
  if (!isLive(record)) return notLive('expired');
  if (record.endDate !== undefined && londonDate(at) < record.endDate)
    return fail('illegal_transition', `This runs until ${formatDate(record.endDate)}.`);
  return { ok: true, patch: { status: 'expired' } };
}
