import { DEFAULT_THRESHOLDS } from '../schemas/reference';
import { daysBetween, londonDate } from '../dates';

/**
 * Repeat detection (domain.md "Task and Finish Group"): calls linked to the
 * same location or person record (after merges), any category, received
 * within the W days ending on the later call, inclusive, counting the call in
 * view. Two calls are in one window when the later is at most W days after
 * the earlier (a call exactly W days before counts; W+1 does not).
 */
export interface RepeatCall {
  id: string;
  receivedAt: string;
  locationId: string;
  personIds: readonly string[];
}

export interface RepeatSettings {
  calls: number;
  windowDays: number;
}

export const DEFAULT_REPEAT: RepeatSettings = {
  calls: DEFAULT_THRESHOLDS.repeatCalls,
  windowDays: DEFAULT_THRESHOLDS.repeatWindowDays,
};

export interface RepeatMatch {
  kind: 'location' | 'person';
  /** The location or person id (after merges). */
  subjectId: string;
  /** The calls in the busiest window containing the call in view, oldest first, including it. */
  callIds: string[];
  isRepeat: boolean;
}

/** Resolves merged records to the survivor so repeats follow merges. */
export type MergeResolver = (id: string) => string;
const identity: MergeResolver = (id) => id;

/** Whether two London dates fall in one repeat window: the later at most W days after the earlier. */
export function inRepeatWindow(earlierDay: string, laterDay: string, windowDays: number): boolean {
  const gap = daysBetween(earlierDay, laterDay);
  return gap >= 0 && gap <= windowDays;
}

function busiestWindow(view: RepeatCall, linked: RepeatCall[], windowDays: number): RepeatCall[] {
  const viewDay = londonDate(view.receivedAt);
  const dated = linked
    .map((c) => ({ c, day: londonDate(c.receivedAt) }))
    .filter(({ day }) => Math.abs(daysBetween(day, viewDay)) <= windowDays)
    .sort((a, b) => a.c.receivedAt.localeCompare(b.c.receivedAt));
  let best: RepeatCall[] = [view];
  // Each window ends on a call at or after the call in view and reaches W days back.
  for (const end of dated) {
    if (daysBetween(viewDay, end.day) < 0) continue;
    const inWindow = dated.filter(({ day }) => inRepeatWindow(day, end.day, windowDays));
    if (!inWindow.some(({ c }) => c.id === view.id)) continue;
    if (inWindow.length > best.length) best = inWindow.map(({ c }) => c);
  }
  return best;
}

export function findRepeats(
  view: RepeatCall,
  others: readonly RepeatCall[],
  settings: RepeatSettings = DEFAULT_REPEAT,
  resolve: MergeResolver = identity,
): RepeatMatch[] {
  const all = [view, ...others.filter((c) => c.id !== view.id)];
  const subjects: { kind: 'location' | 'person'; id: string }[] = [
    { kind: 'location', id: resolve(view.locationId) },
    ...Array.from(new Set(view.personIds.map(resolve))).map((id) => ({
      kind: 'person' as const,
      id,
    })),
  ];
  return subjects.map(({ kind, id }) => {
    const linked = all.filter((c) =>
      kind === 'location'
        ? resolve(c.locationId) === id
        : c.personIds.some((p) => resolve(p) === id),
    );
    const window = busiestWindow(view, linked, settings.windowDays);
    return {
      kind,
      subjectId: id,
      callIds: window.map((c) => c.id),
      isRepeat: window.length >= settings.calls,
    };
  });
}

export function isRepeatCall(matches: readonly RepeatMatch[]): boolean {
  return matches.some((m) => m.isRepeat);
}
