/**
 * Read side of Task and Finish Groups and what feeds them: the groups list,
 * one group with its plan and meetings, the chair's "Suggested groups"
 * (group-suggestions.ts over every call on the device) and ASB Case Review
 * warnings (case-review.ts). Nothing here writes.
 */
import { londonDate } from '../../domain/dates';
import {
  caseReviewSettings,
  caseReviewWarning,
  type CaseReviewCall,
  type CaseReviewWarning,
} from '../../domain/rules/case-review';
import {
  suggestGroups,
  suggestionAnswers,
  type GroupSuggestion,
} from '../../domain/rules/group-suggestions';
import { itemRag } from '../../domain/rules/groups';
import type { MergeResolver } from '../../domain/rules/repeats';
import type { Group, GroupDismissal, GroupItem, GroupMeeting } from '../../domain/schemas/groups';
import type { CsuDb } from './db';
import { mergeResolver } from './merges';
import { readThresholds, referenceData } from './queries';
import type { LocalCall, LocalLocation, LocalPerson } from './types';

const MAX_MERGE_HOPS = 10;

/** Every merge on the device, as a resolver to the survivor (few records are ever merged). */
export async function allMerges(db: CsuDb): Promise<MergeResolver> {
  const [people, locations] = await Promise.all([
    db.people.where('mergedInto').above('').toArray(),
    db.locations.where('mergedInto').above('').toArray(),
  ]);
  const into = new Map<string, string>();
  for (const r of [...people, ...locations]) if (r.mergedInto) into.set(r.id, r.mergedInto);
  return (id) => {
    let current = id;
    for (let hop = 0; hop < MAX_MERGE_HOPS; hop++) {
      const next = into.get(current);
      if (!next) break;
      current = next;
    }
    return current;
  };
}

export interface GroupListRow {
  group: Group;
  openItems: number;
  redItems: number;
  lastMeeting?: string;
}

/** Open groups first, then newest; each with its open and red items and its last meeting. */
export async function listGroups(db: CsuDb, today: string): Promise<GroupListRow[]> {
  const [groups, items, meetings] = await Promise.all([
    db.recordTable('groups').toArray() as unknown as Promise<Group[]>,
    db.recordTable('groupItems').toArray() as unknown as Promise<GroupItem[]>,
    db.recordTable('groupMeetings').toArray() as unknown as Promise<GroupMeeting[]>,
  ]);
  return groups
    .filter((g) => !g.archived)
    .map((group) => {
      const open = items.filter((i) => i.groupId === group.id && !i.done);
      const dates = meetings.filter((m) => m.groupId === group.id).map((m) => m.date);
      return {
        group,
        openItems: open.length,
        redItems: open.filter((i) => itemRag(i, today).rag === 'red').length,
        ...(dates.length ? { lastMeeting: dates.sort().at(-1) } : {}),
      };
    })
    .sort(
      (a, b) =>
        Number(a.group.status === 'closed') - Number(b.group.status === 'closed') ||
        (b.group.createdAt ?? b.group.id).localeCompare(a.group.createdAt ?? a.group.id),
    );
}

export interface GroupBundle {
  group: Group;
  items: GroupItem[];
  /** Oldest first. */
  meetings: GroupMeeting[];
  calls: LocalCall[];
  location?: LocalLocation;
  person?: LocalPerson;
}

export async function getGroupBundle(db: CsuDb, id: string): Promise<GroupBundle | undefined> {
  const group = (await db.recordTable('groups').get(id)) as Group | undefined;
  if (!group) return undefined;
  const [items, meetings, calls, location, person] = await Promise.all([
    db.recordTable('groupItems').where('groupId').equals(id).toArray() as unknown as Promise<
      GroupItem[]
    >,
    db.recordTable('groupMeetings').where('groupId').equals(id).toArray() as unknown as Promise<
      GroupMeeting[]
    >,
    db.calls.bulkGet(group.triggerCallIds),
    group.locationId ? db.locations.get(group.locationId) : undefined,
    group.personId ? db.people.get(group.personId) : undefined,
  ]);
  meetings.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  return {
    group,
    items,
    meetings,
    calls: calls.filter((c): c is LocalCall => c !== undefined),
    ...(location ? { location } : {}),
    ...(person ? { person } : {}),
  };
}

export interface SuggestionRow {
  suggestion: GroupSuggestion;
  /** The address or the person's name. */
  label: string;
  wardCode?: string;
  /** The triggering calls, newest first. */
  calls: LocalCall[];
}

/** The chair's "Suggested groups", with the calls behind each one. */
export async function groupSuggestions(db: CsuDb): Promise<SuggestionRow[]> {
  const [thresholds, calls, groups, dismissals, resolve] = await Promise.all([
    readThresholds(db),
    db.calls.toArray(),
    db.recordTable('groups').toArray() as unknown as Promise<Group[]>,
    db.recordTable('groupDismissals').toArray() as unknown as Promise<GroupDismissal[]>,
    allMerges(db),
  ]);
  const suggestions = suggestGroups(
    calls.map((c) => ({
      id: c.id,
      receivedAt: c.receivedAt,
      locationId: c.location.locationId,
      personIds: c.personIds,
    })),
    {
      settings: { calls: thresholds.repeatCalls, windowDays: thresholds.repeatWindowDays },
      resolve,
      ...suggestionAnswers(groups, dismissals, resolve),
    },
  );
  const byId = new Map(calls.map((c) => [c.id, c]));
  const [locations, people] = await Promise.all([
    db.locations.bulkGet(suggestions.filter((s) => s.kind === 'location').map((s) => s.subjectId)),
    db.people.bulkGet(suggestions.filter((s) => s.kind === 'person').map((s) => s.subjectId)),
  ]);
  const places = new Map(locations.filter((l) => !!l).map((l) => [l.id, l]));
  const persons = new Map(people.filter((p) => !!p).map((p) => [p.id, p]));
  return suggestions.map((suggestion) => {
    const triggering = suggestion.callIds
      .map((id) => byId.get(id))
      .filter((c): c is LocalCall => c !== undefined)
      .reverse();
    const place = suggestion.kind === 'location' ? places.get(suggestion.subjectId) : undefined;
    const person = suggestion.kind === 'person' ? persons.get(suggestion.subjectId) : undefined;
    const label =
      place?.address ?? person?.name ?? triggering[0]?.location.address ?? 'Unknown subject';
    const wardCode = place?.wardCode ?? person?.wardCode ?? triggering[0]?.location.wardCode;
    return { suggestion, label, calls: triggering, ...(wardCode ? { wardCode } : {}) };
  });
}

/** Finds one suggestion again by its subject (the create-from-suggestion form). */
export async function suggestionFor(
  db: CsuDb,
  kind: string,
  subjectId: string,
): Promise<SuggestionRow | undefined> {
  const rows = await groupSuggestions(db);
  return rows.find((r) => r.suggestion.kind === kind && r.suggestion.subjectId === subjectId);
}

function toCaseReviewCall(c: LocalCall): CaseReviewCall {
  return {
    id: c.id,
    receivedAt: c.receivedAt,
    incidentDate: c.incidentDate,
    anonymous: c.reporter.anonymous,
    categoryIds: c.categoryIds,
    locationId: c.location.locationId,
    people: c.people,
  };
}

async function asbCategoryIds(db: CsuDb): Promise<Set<string>> {
  const ref = await referenceData(db);
  return new Set(ref.categories.filter((c) => c.asb).map((c) => c.id));
}

export interface PersonWarning {
  personId: string;
  name: string;
  warning: CaseReviewWarning;
}

/** ASB Case Review warnings for the people given (a person page, a call page), after merges. */
export async function caseReviewFor(
  db: CsuDb,
  personIds: readonly string[],
): Promise<PersonWarning[]> {
  if (personIds.length === 0) return [];
  const [scope, thresholds, asb] = await Promise.all([
    mergeResolver(db, [], [...personIds]),
    readThresholds(db),
    asbCategoryIds(db),
  ]);
  const calls = await db.calls.where('personIds').anyOf(scope.personIds).toArray();
  const settings = caseReviewSettings(thresholds);
  const survivors = [...new Set(personIds.map(scope.resolve))];
  const people = await db.people.bulkGet(survivors);
  return survivors
    .map((personId, i) => ({
      personId,
      name: people[i]?.name ?? 'Unknown person',
      warning: caseReviewWarning(
        personId,
        calls.map(toCaseReviewCall),
        asb,
        settings,
        scope.resolve,
      ),
    }))
    .filter((w) => w.warning.met);
}

/** Every person on the device who meets the ASB Case Review trigger (the chair's list). */
export async function allCaseReviewWarnings(db: CsuDb): Promise<PersonWarning[]> {
  const [calls, thresholds, asb, resolve] = await Promise.all([
    db.calls.toArray(),
    readThresholds(db),
    asbCategoryIds(db),
    allMerges(db),
  ]);
  const settings = caseReviewSettings(thresholds);
  const byPerson = new Map<string, CaseReviewCall[]>();
  for (const c of calls) {
    const rc = toCaseReviewCall(c);
    for (const p of new Set(
      c.people
        .filter((l) => l.role === 'victim' || l.role === 'reporter')
        .map((l) => resolve(l.personId)),
    )) {
      const list = byPerson.get(p);
      if (list) list.push(rc);
      else byPerson.set(p, [rc]);
    }
  }
  const found: { personId: string; warning: CaseReviewWarning }[] = [];
  for (const [personId, list] of byPerson) {
    if (list.length < settings.calls) continue;
    const warning = caseReviewWarning(personId, list, asb, settings, resolve);
    if (warning.met) found.push({ personId, warning });
  }
  const people = await db.people.bulkGet(found.map((f) => f.personId));
  return found
    .map((f, i) => ({ ...f, name: people[i]?.name ?? 'Unknown person' }))
    .sort((a, b) => (b.warning.to ?? '').localeCompare(a.warning.to ?? ''));
}

export const todayInLondon = (now: Date = new Date()) => londonDate(now);
