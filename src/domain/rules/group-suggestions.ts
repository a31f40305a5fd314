import { londonDate } from '../dates';
import {
  DEFAULT_REPEAT,
  inRepeatWindow,
  type MergeResolver,
  type RepeatCall,
  type RepeatSettings,
} from './repeats';

/**
 * "Suggested groups" for the chair (issue 11): the repeat rule of
 * repeats.ts applied to every location and person at once. Each subject
 * (after merges) is suggested with the calls of its latest window that
 * reaches the threshold. A suggestion the chair dismissed, or whose calls a
 * group already took on, is not raised again for the same calls; a new
 * qualifying call makes a set that no answer covers, so it is raised again.
 */
export type SuggestionKind = 'location' | 'person';

export interface GroupSuggestion {
  kind: SuggestionKind;
  subjectId: string;
  /** The calls in the window, oldest first. */
  callIds: string[];
  /** First and last received London dates of the window. */
  from: string;
  to: string;
}

/** An earlier answer about a subject's calls: a dismissal, or a group's triggering calls. */
export interface SuggestionAnswer {
  kind: SuggestionKind;
  subjectId: string;
  callIds: readonly string[];
}

export interface SuggestionContext {
  settings?: RepeatSettings;
  resolve?: MergeResolver;
  answers?: readonly SuggestionAnswer[];
  /** `kind:subjectId` of subjects with an open group: never suggested while it runs. */
  openGroupSubjects?: ReadonlySet<string>;
}

export const subjectKey = (kind: SuggestionKind, id: string) => `${kind}:${id}`;

interface Dated {
  id: string;
  at: string;
  day: string;
}

/** The latest run of calls within W days that reaches the threshold, or undefined. */
function latestWindow(calls: Dated[], settings: RepeatSettings): Dated[] | undefined {
  calls.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  let start = calls.length - 1;
  for (let end = calls.length - 1; end >= settings.calls - 1; end--) {
    if (start > end) start = end;
    while (start > 0 && inRepeatWindow(calls[start - 1]!.day, calls[end]!.day, settings.windowDays))
      start--;
    // Shrinking the end can only move the start later: undo the overshoot.
    while (!inRepeatWindow(calls[start]!.day, calls[end]!.day, settings.windowDays)) start++;
    if (end - start + 1 >= settings.calls) return calls.slice(start, end + 1);
  }
  return undefined;
}

function covered(callIds: readonly string[], answer: SuggestionAnswer): boolean {
  const set = new Set(answer.callIds);
  return callIds.every((id) => set.has(id));
}

/** What a group or dismissal row says about a suggestion (schemas/groups.ts). */
interface GroupLike {
  subjectType: string;
  locationId?: string;
  personId?: string;
  triggerCallIds: readonly string[];
  status: string;
}
interface DismissalLike {
  subjectKind: SuggestionKind;
  subjectId: string;
  callIds: readonly string[];
}

/**
 * The earlier answers to suggestions: the chair's dismissals and every
 * group's triggering calls, with the subjects of open groups (never
 * suggested while their group runs).
 */
export function suggestionAnswers(
  groups: readonly GroupLike[],
  dismissals: readonly DismissalLike[],
  resolve: MergeResolver = (id) => id,
): Required<Pick<SuggestionContext, 'answers' | 'openGroupSubjects'>> {
  const answers: SuggestionAnswer[] = dismissals.map((d) => ({
    kind: d.subjectKind,
    subjectId: d.subjectId,
    callIds: d.callIds,
  }));
  const openGroupSubjects = new Set<string>();
  for (const g of groups) {
    const subject =
      g.subjectType === 'location' && g.locationId
        ? { kind: 'location' as const, subjectId: g.locationId }
        : g.subjectType === 'person' && g.personId
          ? { kind: 'person' as const, subjectId: g.personId }
          : undefined;
    if (!subject) continue;
    answers.push({ ...subject, callIds: g.triggerCallIds });
    if (g.status === 'open')
      openGroupSubjects.add(subjectKey(subject.kind, resolve(subject.subjectId)));
  }
  return { answers, openGroupSubjects };
}

export function suggestGroups(
  calls: readonly RepeatCall[],
  ctx: SuggestionContext = {},
): GroupSuggestion[] {
  const settings = ctx.settings ?? DEFAULT_REPEAT;
  const resolve = ctx.resolve ?? ((id: string) => id);
  // London dates by UTC hour: the offset changes only on the hour, and this
  // avoids formatting 50,000 instants one by one.
  const dayByHour = new Map<string, string>();
  const dayOf = (at: string) => {
    const hour = at.slice(0, 13);
    let day = dayByHour.get(hour);
    if (day === undefined) {
      day = londonDate(at);
      dayByHour.set(hour, day);
    }
    return day;
  };
  const bySubject = new Map<string, Dated[]>();
  const add = (key: string, d: Dated) => {
    const list = bySubject.get(key);
    if (list) list.push(d);
    else bySubject.set(key, [d]);
  };
  for (const c of calls) {
    const d = { id: c.id, at: c.receivedAt, day: dayOf(c.receivedAt) };
    if (c.locationId) add(subjectKey('location', resolve(c.locationId)), d);
    for (const p of new Set(c.personIds.map(resolve))) add(subjectKey('person', p), d);
  }
  const answers = new Map<string, SuggestionAnswer[]>();
  for (const a of ctx.answers ?? []) {
    const key = subjectKey(a.kind, resolve(a.subjectId));
    answers.set(key, [...(answers.get(key) ?? []), a]);
  }
  const out: GroupSuggestion[] = [];
  for (const [key, list] of bySubject) {
    if (list.length < settings.calls || ctx.openGroupSubjects?.has(key)) continue;
    const window = latestWindow(list, settings);
    if (!window) continue;
    const callIds = window.map((d) => d.id);
    if ((answers.get(key) ?? []).some((a) => covered(callIds, a))) continue;
    const [kind, subjectId] = key.split(/:(.*)/s) as [SuggestionKind, string];
    out.push({ kind, subjectId, callIds, from: window[0]!.day, to: window.at(-1)!.day });
  }
  // Most recent activity first, then the biggest cluster.
  return out.sort(
    (a, b) =>
      b.to.localeCompare(a.to) ||
      b.callIds.length - a.callIds.length ||
      a.subjectId.localeCompare(b.subjectId),
  );
}
