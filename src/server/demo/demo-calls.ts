import { addDays, londonDate } from '../../domain/dates';
import { SEED_AGENCIES } from '../../domain/reference/agencies';
import type { Action, Call, CallNote, ResidentUpdate } from '../../domain/schemas/calls';
import type { CallPlan } from './demo-call-plan';
import { idOf, type DemoContext, type KeyedIds } from './demo-context';
import { makeReporter, riskLevel, vulnerabilityFlags } from './demo-reporters';
import {
  ACTIONS_BY_CATEGORY,
  CLOSURE_REASONS,
  DISCUSSION_NOTES,
  FIELD_NOTES,
  FIRST_CONTACT_UPDATES,
  fill,
  NO_UPDATE_REASONS,
  UPDATE_SUMMARIES,
  type ActionTemplate,
} from './demo-tasks';
import {
  CLOSING_CODE_BY_CATEGORY,
  DEFAULT_SOURCES,
  SOURCE_BY_CATEGORY,
  SUMMARIES,
} from './demo-text';
import { userForAgency } from './demo-users';

/**
 * Turns call plans into calls with their actions, chronology notes and
 * resident updates. The demo is seeded directly, so workflow fields
 * (status, closure, discussedOn, action outcomes) are set here to show a
 * realistic mix: new calls awaiting tasking, open calls with overdue
 * actions, and closed calls whose residents were updated after the last
 * action (anonymous reporters never are).
 */
export interface CallRecords {
  calls: Call[];
  actions: Action[];
  callNotes: CallNote[];
  residentUpdates: ResidentUpdate[];
  /** The plan behind each call id, for groups, letters and visits. */
  planOf: Map<string, CallPlan>;
}

const HOUR_MS = 3_600_000;
const shortName = (agencyId: string) =>
  SEED_AGENCIES.find((a) => a.id === agencyId)?.shortName ?? agencyId;

function closeChance(plan: CallPlan): number {
  if (plan.hotspot && plan.daysAgo <= 30) return 0.2;
  if (plan.daysAgo > 45) return 0.92;
  if (plan.daysAgo > 21) return 0.7;
  return plan.daysAgo > 7 ? 0.35 : 0.1;
}

export function buildCalls(
  ctx: DemoContext,
  plans: readonly CallPlan[],
  places: KeyedIds,
  people: KeyedIds,
): CallRecords {
  const out: CallRecords = {
    calls: [],
    actions: [],
    callNotes: [],
    residentUpdates: [],
    planOf: new Map(),
  };
  const { rng, time } = ctx;
  const chairId = ctx.users.chair.id;
  let correctionsLeft = 1;

  const note = (callId: string, at: string, text: string, correctsId?: string): CallNote => {
    const n: CallNote = {
      id: ctx.id(time.ms(at)),
      callId,
      at,
      text,
      ...(correctsId ? { correctsId } : {}),
    };
    out.callNotes.push(n);
    return n;
  };
  const update = (
    callId: string,
    at: string,
    method: ResidentUpdate['method'],
    summary: string,
  ) => {
    out.residentUpdates.push({ id: ctx.id(time.ms(at)), callId, at, method, summary });
  };

  for (const plan of plans) {
    const receivedAt = time.daysAgoAt(plan.daysAgo, plan.hour, plan.minute);
    const receivedDate = londonDate(receivedAt);
    const primary = plan.categoryIds[0] ?? 'other';
    const reporter = makeReporter(ctx, plan);
    const flags = vulnerabilityFlags(plan);
    const call: Call = {
      id: ctx.id(time.ms(receivedAt)),
      receivedAt,
      incidentDate: rng.chance(0.3) ? addDays(receivedDate, -1) : receivedDate,
      sourceAgencyId: rng.pick(SOURCE_BY_CATEGORY[primary] ?? DEFAULT_SOURCES),
      reporter,
      location: {
        locationId: idOf(places, plan.placeKey),
        address: plan.address,
        wardCode: plan.wardCode,
      },
      people: plan.people.map((p) => ({ personId: idOf(people, p.key), role: p.role })),
      categoryIds: plan.categoryIds,
      riskLevel: riskLevel(ctx, plan, flags),
      vulnerabilityFlags: flags,
      summary: fill(rng.pick(SUMMARIES[primary] ?? SUMMARIES.other ?? []), { place: plan.address }),
      status: 'new',
    };
    out.calls.push(call);
    out.planOf.set(call.id, plan);

    // The daily tasking meeting sees a call on the next working day.
    const discussion = time.nextWeekday(addDays(receivedDate, 1));
    if (plan.daysAgo < 2 || discussion >= time.today) continue;

    const place = { place: plan.address };
    const pool = ACTIONS_BY_CATEGORY[primary] ?? ACTIONS_BY_CATEGORY.other ?? [];
    const templates = rng.sample(pool, rng.int(1, Math.min(3, pool.length)));
    const discussedAt = time.at(discussion, 10, 15);
    note(
      call.id,
      discussedAt,
      fill(rng.pick(DISCUSSION_NOTES), {
        agencies: templates.map((t) => shortName(t.agencyId)).join(', '),
      }),
    );
    const closed = rng.chance(closeChance(plan)) && tryClose(call, templates, discussion);
    if (!closed) keepOpen(call, templates, discussion);

    if (rng.chance(0.5)) {
      const fieldDate = addDays(discussion, rng.int(1, 4));
      const closedDate = call.closure ? londonDate(call.closure.closedAt) : time.today;
      if (fieldDate < closedDate) {
        const fieldNote = note(
          call.id,
          time.at(fieldDate, 19, rng.int(0, 59)),
          fill(rng.pick(FIELD_NOTES), place),
        );
        if (correctionsLeft > 0 && fieldNote.text.includes('19:40')) {
          correctionsLeft -= 1;
          const at = new Date(time.ms(fieldNote.at) + 14 * HOUR_MS).toISOString();
          if (time.isPast(at))
            note(
              call.id,
              at,
              'Correction to the note above: attended at 20:40, not 19:40.',
              fieldNote.id,
            );
        }
      }
    }
  }
  return out;

  function action(call: Call, t: ActionTemplate, discussion: string, index: number): Action {
    const owner = userForAgency(ctx.users, t.agencyId);
    return {
      id: ctx.id(time.ms(time.at(discussion, 10, 20)) + index),
      callId: call.id,
      text: fill(t.text, { place: call.location.address }),
      agencyId: t.agencyId,
      ...(owner ? { ownerId: owner.id } : {}),
      dueDate: time.capDate(addDays(discussion, rng.pick([7, 14]))),
      status: 'open',
    };
  }

  /** Closes the call if every step (actions, update, closure) fits before today. */
  function tryClose(call: Call, templates: readonly ActionTemplate[], discussion: string): boolean {
    const planned = templates.map((t, i) => {
      const a = action(call, t, discussion, i);
      const at = time.at(addDays(discussion, rng.int(1, 12)), rng.int(9, 16), rng.int(0, 59));
      return { a, t, at, cancel: i > 0 && rng.chance(0.1) };
    });
    const lastMs = Math.max(...planned.map((p) => time.ms(p.at)));
    const updated = !call.reporter.anonymous && rng.chance(0.92);
    // Residents are called back in office hours: later the same afternoon, or the next morning.
    const lastDate = londonDate(new Date(lastMs));
    const sameDay = time.at(lastDate, rng.int(14, 17), rng.int(0, 59));
    const updateAt =
      time.ms(sameDay) > lastMs
        ? sameDay
        : time.at(addDays(lastDate, 1), rng.int(9, 12), rng.int(0, 59));
    const closeDate = time.nextWeekday(
      addDays(londonDate(updated ? updateAt : new Date(lastMs)), rng.int(1, 4)),
    );
    if (closeDate >= time.today) return false;

    for (const { a, t, at, cancel } of planned) {
      const by = userForAgency(ctx.users, t.agencyId)?.id ?? chairId;
      if (cancel)
        Object.assign(a, {
          status: 'cancelled',
          cancelReason: 'Covered by another action on this call.',
          cancelledAt: at,
          cancelledBy: by,
        });
      else
        Object.assign(a, { status: 'done', outcome: t.outcome, completedAt: at, completedBy: by });
      out.actions.push(a);
    }
    if (updated && call.reporter.updateMethod)
      update(call.id, updateAt, call.reporter.updateMethod, rng.pick(UPDATE_SUMMARIES));
    const closedAt = time.at(closeDate, 11, rng.int(0, 45));
    call.status = 'closed';
    call.closure = {
      reason: rng.pick(CLOSURE_REASONS),
      closedAt,
      closedBy: chairId,
      ...(call.reporter.anonymous || updated
        ? {}
        : { noUpdateReason: rng.pick(NO_UPDATE_REASONS) }),
    };
    call.discussedOn = [discussion, ...weeklyReviews(discussion, closeDate)];
    const code = CLOSING_CODE_BY_CATEGORY[call.categoryIds[0] ?? ''];
    if (call.sourceAgencyId === 'kent-police' && code) call.policeClosingCode = code;
    return true;
  }

  function keepOpen(call: Call, templates: readonly ActionTemplate[], discussion: string): void {
    call.status = 'open';
    call.discussedOn = [discussion, ...weeklyReviews(discussion, time.today)];
    templates.forEach((t, i) => {
      const a = action(call, t, discussion, i);
      const doneDate = addDays(discussion, rng.int(1, 10));
      if (doneDate < time.today && rng.chance(0.4)) {
        const by = userForAgency(ctx.users, t.agencyId)?.id ?? chairId;
        Object.assign(a, {
          status: 'done',
          outcome: t.outcome,
          completedAt: time.at(doneDate, rng.int(9, 16)),
          completedBy: by,
        });
      }
      out.actions.push(a);
    });
    const firstContact = addDays(discussion, 1);
    if (
      !call.reporter.anonymous &&
      call.reporter.updateMethod &&
      firstContact < time.today &&
      rng.chance(0.7)
    ) {
      update(
        call.id,
        time.at(firstContact, rng.int(9, 16), rng.int(0, 59)),
        call.reporter.updateMethod,
        rng.pick(FIRST_CONTACT_UPDATES),
      );
    }
  }

  /** Open calls come back to tasking weekly (up to three times) until closed. */
  function weeklyReviews(discussion: string, before: string): string[] {
    const dates: string[] = [];
    let next = time.nextWeekday(addDays(discussion, 7));
    while (next < before && dates.length < 3) {
      dates.push(next);
      next = time.nextWeekday(addDays(next, 7));
    }
    return dates;
  }
}
