import { addDays } from '../../domain/dates';
import type { Group, GroupItem, GroupMeeting } from '../../domain/schemas/groups';
import type { CallRecords } from './demo-calls';
import { idOf, type DemoContext, type KeyedIds } from './demo-context';
import { GROUP_SEEDS } from './demo-group-seeds';

/**
 * Builds the Task and Finish Groups with their action plans and meetings.
 * A location group is triggered by the repeat calls at its hotspot in the
 * 90 days before it was set up.
 */
export interface GroupRecords {
  groups: Group[];
  groupItems: GroupItem[];
  groupMeetings: GroupMeeting[];
  groupIdByKey: Map<string, string>;
}

export function buildGroups(ctx: DemoContext, calls: CallRecords, places: KeyedIds): GroupRecords {
  const { time } = ctx;
  const out: GroupRecords = {
    groups: [],
    groupItems: [],
    groupMeetings: [],
    groupIdByKey: new Map(),
  };
  for (const seed of GROUP_SEEDS) {
    const setUp = time.date(seed.setUpDaysAgo);
    const triggers = seed.hotspot
      ? calls.calls.filter((c) => {
          const plan = calls.planOf.get(c.id);
          return (
            plan !== undefined &&
            plan.hotspot === seed.hotspot &&
            plan.daysAgo >= seed.setUpDaysAgo &&
            plan.daysAgo <= seed.setUpDaysAgo + 90
          );
        })
      : [];
    const group: Group = {
      id: ctx.id(time.ms(time.at(setUp, 14))),
      subjectType: seed.hotspot ? 'location' : 'theme',
      ...(seed.hotspot ? { locationId: idOf(places, seed.hotspot) } : {}),
      ...(seed.theme ? { theme: seed.theme } : {}),
      title: seed.title,
      triggerCallIds: triggers.slice(-3).map((c) => c.id),
      leadAgencyId: seed.lead,
      memberAgencyIds: seed.members,
      status: seed.closedDaysAgo === undefined ? 'open' : 'closed',
      ...(seed.closedDaysAgo === undefined
        ? {}
        : {
            closureOutcome: seed.closureOutcome,
            closedAt: time.daysAgoAt(seed.closedDaysAgo, 15),
          }),
    };
    out.groups.push(group);
    out.groupIdByKey.set(seed.key, group.id);
    seed.items.forEach((item, i) => {
      out.groupItems.push({
        id: ctx.id(time.ms(time.at(setUp, 15)) + i),
        groupId: group.id,
        item: item.item,
        leadAgencyId: item.agency,
        partnerAgencyIds: item.partners ?? [],
        byDate: time.capDate(addDays(setUp, item.byDays)),
        rag: item.rag,
        latestUpdate: item.update,
      });
    });
    seed.meetingsDaysAgo.forEach((daysAgo, i) => {
      const date = time.date(daysAgo);
      out.groupMeetings.push({
        id: ctx.id(time.ms(time.at(date, 12))),
        groupId: group.id,
        date,
        attendees: seed.attendees,
        notes: seed.minutes[i] ?? 'Action plan reviewed; no changes.',
      });
    });
  }
  return out;
}
