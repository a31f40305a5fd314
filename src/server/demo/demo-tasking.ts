import { addDays } from '../../domain/dates';
import { agendaItemKey } from '../../domain/rules/tasking-agenda';
import type { TaskingMeeting } from '../../domain/schemas/tasking';
import type { CallRecords } from './demo-calls';
import type { DemoContext } from './demo-context';

/** The agencies that usually sit round the Sevenoaks daily tasking table. */
const ATTENDING = ['sdc-csu', 'kent-police', 'kcc-wardens', 'wkha', 'sdc-eh'];

const NOTES = [
  'Kent Police to add the address to the patrol plan; wardens to call on the reporter.',
  'West Kent Housing already aware; tenancy officer visiting this week.',
  'Environmental Health to check the site and arrange clearance.',
];

/**
 * Yesterday's daily tasking meeting (the weekday before today), closed; its
 * chair is the demo's fallback author, the chair (demo-main.ts), so the chair's next meeting counts "new since
 * the last meeting" from it. It minutes the open calls it discussed.
 */
export function buildTaskingMeetings(ctx: DemoContext, calls: CallRecords): TaskingMeeting[] {
  const { time } = ctx;
  let date = time.date(1);
  while ([0, 6].includes(new Date(`${date}T12:00:00Z`).getUTCDay())) date = addDays(date, -1);
  const startedAt = time.at(date, 9, 30);
  const discussed = calls.calls
    .filter((c) => c.status === 'open' && c.receivedAt < startedAt)
    .slice(-NOTES.length);
  return [
    {
      id: ctx.id(time.ms(startedAt)),
      date,
      startedAt,
      attendingAgencyIds: ATTENDING,
      items: discussed.map((call, i) => ({
        key: agendaItemKey('newCall', call.id),
        kind: 'newCall',
        callId: call.id,
        decisions: ['discussed', 'noted'],
        note: NOTES[i] ?? NOTES[0]!,
        at: time.at(date, 9, 35 + i * 5),
      })),
      status: 'closed',
      closedAt: time.at(date, 10, 30),
    },
  ];
}
