/**
 * The group screens' reads (live, from the device store) and writes (one
 * repository or command-runner call each).
 */
import { useMemo } from 'react';
import type { CommandArgs, CommandsFor } from '../../../domain/commands';
import type { GroupSuggestion } from '../../../domain/rules/group-suggestions';
import { runCommand } from '../../local-store/command-runner';
import { useDb } from '../../local-store/db-context';
import {
  allCaseReviewWarnings,
  getGroupBundle,
  groupSuggestions,
  listGroups,
  suggestionFor,
  todayInLondon,
} from '../../local-store/group-queries';
import {
  addGroupItem,
  addGroupMeeting,
  createGroup,
  dismissSuggestion,
  updateGroup,
  updateGroupItem,
  type GroupChanges,
  type ItemChanges,
  type NewGroupInput,
  type NewItemInput,
  type NewMeetingInput,
} from '../../local-store/groups-repo';
import { useLiveData } from '../../local-store/use-live-data';

export function useGroupsList() {
  const db = useDb();
  return useLiveData(() => listGroups(db, todayInLondon()), [db]);
}

export function useGroupBundle(id: string) {
  const db = useDb();
  return useLiveData(async () => (await getGroupBundle(db, id)) ?? null, [db, id]);
}

export function useSuggestions() {
  const db = useDb();
  return useLiveData(async () => {
    const [suggestions, warnings] = await Promise.all([
      groupSuggestions(db),
      allCaseReviewWarnings(db),
    ]);
    return { suggestions, warnings };
  }, [db]);
}

/** The suggestion a new group starts from, or null when there is none (any more). */
export function useSuggestion(kind: string, subjectId: string) {
  const db = useDb();
  return useLiveData(
    async () => (kind && subjectId ? ((await suggestionFor(db, kind, subjectId)) ?? null) : null),
    [db, kind, subjectId],
  );
}

export function useGroupWrites() {
  const db = useDb();
  return useMemo(
    () => ({
      create: (input: NewGroupInput) => createGroup(db, input),
      update: (id: string, changes: GroupChanges) => updateGroup(db, id, changes),
      addItem: (groupId: string, input: NewItemInput) => addGroupItem(db, groupId, input),
      updateItem: (id: string, changes: ItemChanges) => updateGroupItem(db, id, changes),
      addMeeting: (groupId: string, input: NewMeetingInput) => addGroupMeeting(db, groupId, input),
      dismiss: (s: Pick<GroupSuggestion, 'kind' | 'subjectId' | 'callIds'>, reason: string) =>
        dismissSuggestion(db, s, reason),
      run: <N extends CommandsFor<'groups'>>(id: string, name: N, args: CommandArgs<N>) =>
        runCommand(db, name, id, args),
    }),
    [db],
  );
}
