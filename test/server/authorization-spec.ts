/**
 * What the authorization matrix test (authorization-matrix.test.ts) expects,
 * written out from the README's access table, and the arguments it runs
 * each command with.
 */
import type { RecordRelations } from '../../src/domain/access';
import type { CommandName } from '../../src/domain/commands';
import { ROLES, type Role } from '../../src/domain/roles';
import { TABLES, type Scope, type TableName } from '../../src/domain/tables';
import { newId } from './fixtures';
import { AGENCY } from './table-fixtures';

/** Every record is AGENCY's and every user is in AGENCY: each agency relation holds. */
export const REL: RecordRelations = {
  actionAgencyId: AGENCY,
  groupLeadAgencyId: AGENCY,
  assigneeAgencyId: AGENCY,
};

/** The records a merge command keeps (seeded by the matrix test before it runs). */
export const SURVIVORS = { people: newId(), locations: newId() } as const;

export const COMMAND_ARGS: { [N in CommandName]: Record<string, unknown> } = {
  'call.open': {},
  'call.discuss': { date: '2026-03-02' },
  'call.close': { reason: 'Resolved', noUpdateReason: 'Reporter asked not to be contacted' },
  'call.reopen': { reason: 'It started again' },
  'action.complete': { outcome: 'Visited' },
  'action.cancel': { reason: 'No longer needed' },
  'delivery.record': { method: 'hand', deliveredAt: '2026-03-02T09:00:00.000Z' },
  'group.close': { outcome: 'Gate fitted; no calls since' },
  'person.merge': { survivorId: SURVIVORS.people },
  'location.merge': { survivorId: SURVIVORS.locations },
  'merge.undo': {},
  'person.update': { name: 'Renamed Person', aliases: ['Ren'], flags: ['vulnerable'] },
  'location.update': { address: '4 Test Road', wardCode: 'E05005008' },
  'enforcement.issue': {},
  'enforcement.review': { date: '2026-03-02' },
  'enforcement.breach': { date: '2026-03-02', note: 'Gate left open again' },
  'enforcement.comply': {},
  'enforcement.escalate': { toId: '01900000-0000-7000-8000-0000000000ff' },
  'enforcement.extend': { endDate: '2026-08-01' },
  'enforcement.expire': {},
  'referral.accept': {},
  'referral.decline': { advice: 'Refer to Early Help' },
  'referral.redirect': { to: 'DA MARAC' },
  'referral.list': { meetingId: newId() },
  'referral.close': { outcome: 'improved', reason: 'No further reports' },
  'maracAction.complete': {},
  'meeting.record': { key: `newCall:${newId()}`, kind: 'newCall', decision: 'discussed' },
  'meeting.close': {},
  'maracAction.minuteIncomplete': { minute: 'not_completed', meetingId: newId() },
};

/**
 * domain.md "Who may read and change what", written out for users of the
 * records' own agency (so each agency relation holds). access.ts must give
 * the same answers, and the server must enforce them.
 */
export const CASE: readonly Role[] = ['field', 'chair', 'asb_officer'];
export const SPEC: Record<
  Scope,
  { read: readonly Role[]; create: readonly Role[]; change: readonly Role[] }
> = {
  reference: { read: ROLES, create: ['admin'], change: ['admin'] },
  case: { read: CASE, create: CASE, change: ['chair', 'asb_officer'] },
  // Change: the chair, and the lead agency's users who can read the group (never an admin-only one).
  group: { read: CASE, create: ['chair'], change: CASE },
  tasking: { read: ['chair'], create: ['chair'], change: ['chair'] },
  enforcement: { read: ['asb_officer', 'chair'], create: ['asb_officer'], change: ['asb_officer'] },
  // Read: also a case-role member of the assignee agency; changed by the ASB officer only.
  delivery: {
    read: ['asb_officer', 'chair', 'field'],
    create: ['asb_officer'],
    change: ['asb_officer'],
  },
  marac: { read: ['marac'], create: ['marac'], change: ['marac'] },
  // Merge records (ids only): read by case roles and the admin who may undo one; written by the server.
  merge: { read: [...CASE, 'admin'], create: [], change: [] },
  viewEvent: { read: [], create: ROLES, change: [] },
};
/** Creates that differ from their scope: a referral by anyone; a group's child by whoever changes the group. */
export const SPEC_CREATE: Partial<Record<TableName, readonly Role[]>> = {
  maracReferrals: ROLES,
  groupItems: CASE,
  groupMeetings: CASE,
};
export const SPEC_COMMANDS: { [N in CommandName]: readonly Role[] } = {
  'call.open': ['chair', 'asb_officer'],
  'call.discuss': ['chair'],
  'call.close': ['chair'],
  'call.reopen': ['chair'],
  // The chair, or the action's agency (every case role here).
  'action.complete': CASE,
  'action.cancel': CASE,
  // The assignee: here the task names only AGENCY, so any case-role member of it.
  'delivery.record': CASE,
  // The chair, or the group's lead agency (every case role here).
  'group.close': CASE,
  // domain.md: people and locations change like call fields, by the chair and the ASB officer.
  'person.update': ['chair', 'asb_officer'],
  'person.merge': ['chair', 'asb_officer'],
  'location.merge': ['chair', 'asb_officer'],
  'merge.undo': ['admin'],
  'location.update': ['chair', 'asb_officer'],
  'enforcement.issue': ['asb_officer'],
  'enforcement.review': ['asb_officer'],
  'enforcement.breach': ['asb_officer'],
  'enforcement.comply': ['asb_officer'],
  'enforcement.escalate': ['asb_officer'],
  'enforcement.extend': ['asb_officer'],
  'enforcement.expire': ['asb_officer'],
  'referral.accept': ['marac'],
  'referral.decline': ['marac'],
  'referral.redirect': ['marac'],
  'referral.list': ['marac'],
  'referral.close': ['marac'],
  'maracAction.complete': ['marac'],
  'maracAction.minuteIncomplete': ['marac'],
  'meeting.record': ['chair'],
  'meeting.close': ['chair'],
};
export const spec = (table: TableName) => SPEC[TABLES[table].scope];
