import { addDays } from '../../domain/dates';
import { suggestGroups, suggestionAnswers } from '../../domain/rules/group-suggestions';
import type { Group, GroupDismissal } from '../../domain/schemas/groups';
import type { Person } from '../../domain/schemas/people';
import { DEFAULT_THRESHOLDS } from '../../domain/schemas/reference';
import type { CallRecords } from './demo-calls';
import type { DemoContext } from './demo-context';

/**
 * The chair's answer to one repeat suggestion: the oldest one the demo's
 * calls raise, dismissed the day after its last call because the address
 * is one household West Kent Housing already works with. The newer
 * suggestions stay for the chair to answer.
 */
const REASON =
  'One household, already known to West Kent Housing: tenancy officer visiting and will report back to daily tasking. No partnership group needed.';

export function buildDismissals(
  ctx: DemoContext,
  calls: CallRecords,
  groups: readonly Group[],
  people: readonly Person[],
): GroupDismissal[] {
  const into = new Map(people.flatMap((p) => (p.mergedInto ? [[p.id, p.mergedInto]] : [])));
  const resolve = (id: string) => into.get(id) ?? id;
  const suggestions = suggestGroups(
    calls.calls.map((c) => ({
      id: c.id,
      receivedAt: c.receivedAt,
      locationId: c.location.locationId,
      personIds: c.people.map((p) => p.personId),
    })),
    {
      settings: {
        calls: DEFAULT_THRESHOLDS.repeatCalls,
        windowDays: DEFAULT_THRESHOLDS.repeatWindowDays,
      },
      resolve,
      ...suggestionAnswers(groups, [], resolve),
    },
  );
  const oldest = suggestions.filter((s) => s.kind === 'location').at(-1);
  if (!oldest) return [];
  const on = ctx.time.capDate(addDays(oldest.to, 1));
  return [
    {
      id: ctx.id(ctx.time.ms(ctx.time.at(on, 11))),
      subjectKind: oldest.kind,
      subjectId: oldest.subjectId,
      callIds: oldest.callIds,
      reason: REASON,
    },
  ];
}
