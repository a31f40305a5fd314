import type { Group, GroupItem, RAG_STATUSES } from '../schemas/groups';
import { fail, type RuleResult, type RuleInput } from './rule-result';

/**
 * Task and Finish Group rules (domain.md): an action plan item's RAG as
 * shown, the group's subject, and closing with an outcome. "Overdue" is
 * computed against today, never stored.
 */
export type Rag = (typeof RAG_STATUSES)[number];

export interface ShownRag {
  rag: Rag;
  /** Past its by-when date and not done: red whatever was last set. */
  overdue: boolean;
}

/** The RAG an item shows on `today` (YYYY-MM-DD, Europe/London). */
export function itemRag(item: Pick<GroupItem, 'rag' | 'byDate' | 'done'>, today: string): ShownRag {
  const overdue = !item.done && item.byDate < today;
  return { rag: overdue ? 'red' : item.rag, overdue };
}

/** Open items first, reddest first, then by date. */
export function compareItems(today: string) {
  const weight: Record<Rag, number> = { red: 0, amber: 1, green: 2 };
  return (a: GroupItem, b: GroupItem): number =>
    Number(!!a.done) - Number(!!b.done) ||
    weight[itemRag(a, today).rag] - weight[itemRag(b, today).rag] ||
    a.byDate.localeCompare(b.byDate) ||
    a.id.localeCompare(b.id);
}

/** A group's subject must name the record or theme it is about; field -> message. */
export function groupSubjectErrors(
  g: Pick<Group, 'subjectType' | 'locationId' | 'personId' | 'theme'>,
): Record<string, string> {
  if (g.subjectType === 'location' && !g.locationId)
    return { locationId: 'Choose the location the group is about' };
  if (g.subjectType === 'person' && !g.personId)
    return { personId: 'Choose the person the group is about' };
  if (g.subjectType === 'theme' && !g.theme?.trim())
    return { theme: 'Enter the theme, for example Modern Slavery' };
  return {};
}

export function closeGroup(
  input: RuleInput<Group, { outcome: string }, unknown>,
): RuleResult<Partial<Group>> {
  if (input.record.status === 'closed')
    return fail('illegal_transition', 'This group is already closed.');
  return {
    ok: true,
    patch: { status: 'closed', closureOutcome: input.args.outcome, closedAt: input.at },
  };
}
