/**
 * The "Set up a Task and Finish Group" form as a draft on the device
 * (forms/use-draft.ts): one draft per suggestion (and one for a theme
 * group), so setting up two groups at once keeps both. The pre-filled title
 * and lead agency are the empty form: a draft is kept only once the chair
 * changes something.
 */
import type { DraftShape } from '../../forms/use-draft';

export interface GroupDraftValue {
  title: string;
  theme: string;
  leadAgencyId: string;
  memberAgencyIds: string[];
}

export function groupDraftId(subject?: { kind: string; subjectId: string }): string {
  return subject ? `group.new:${subject.kind}:${subject.subjectId}` : 'group.new:theme';
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((v, i) => v === b[i]);

export function groupDraftShape(prefill: {
  title: string;
  leadAgencyId: string;
}): DraftShape<GroupDraftValue> {
  const empty = (): GroupDraftValue => ({ ...prefill, theme: '', memberAgencyIds: [] });
  return {
    empty,
    restore: (stored) => {
      if (!stored || typeof stored !== 'object') return undefined;
      const v = { ...empty(), ...(stored as Partial<GroupDraftValue>) };
      const ok =
        typeof v.title === 'string' &&
        typeof v.theme === 'string' &&
        typeof v.leadAgencyId === 'string' &&
        Array.isArray(v.memberAgencyIds) &&
        v.memberAgencyIds.every((m) => typeof m === 'string');
      return ok ? v : undefined;
    },
    hasContent: (v) => {
      const e = empty();
      return (
        v.title !== e.title ||
        v.theme.trim() !== '' ||
        v.leadAgencyId !== e.leadAgencyId ||
        !sameList(v.memberAgencyIds, e.memberAgencyIds)
      );
    },
  };
}
