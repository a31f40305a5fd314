import { validCallRecord } from '../factories/calls';
import type { TableName } from '../../src/domain/tables';

/**
 * One valid example of every synced record, as a device would send it
 * (no server-managed fields). Tests copy and break one field at a time.
 */
export const ID = {
  call: '01900000-0000-7000-8000-000000000001',
  location: '01900000-0000-7000-8000-000000000002',
  person: '01900000-0000-7000-8000-000000000003',
  action: '01900000-0000-7000-8000-000000000004',
  note: '01900000-0000-7000-8000-000000000005',
  update: '01900000-0000-7000-8000-000000000006',
  visit: '01900000-0000-7000-8000-000000000007',
  group: '01900000-0000-7000-8000-000000000008',
  groupItem: '01900000-0000-7000-8000-000000000009',
  groupMeeting: '01900000-0000-7000-8000-00000000000a',
  enforcement: '01900000-0000-7000-8000-00000000000b',
  letter: '01900000-0000-7000-8000-00000000000c',
  delivery: '01900000-0000-7000-8000-00000000000d',
  referral: '01900000-0000-7000-8000-00000000000e',
  decision: '01900000-0000-7000-8000-00000000000f',
  maracMeeting: '01900000-0000-7000-8000-000000000010',
  maracAction: '01900000-0000-7000-8000-000000000011',
  subjectLink: '01900000-0000-7000-8000-000000000012',
  viewEvent: '01900000-0000-7000-8000-000000000013',
} as const;

export const validCall = () =>
  validCallRecord({
    id: ID.call,
    location: { locationId: ID.location, address: 'Caxton Close, Hartley', wardCode: 'E05005019' },
    people: [{ personId: ID.person, role: 'subject' }],
  });

export const VALID: Record<TableName, () => Record<string, unknown>> = {
  wards: () => ({
    id: 'E05005019',
    active: true,
    code: 'E05005019',
    name: 'Hartley and Hodsoll Street',
  }),
  agencies: () => ({
    id: 'kent-police',
    active: true,
    name: 'Kent Police',
    shortName: 'Kent Police',
  }),
  categories: () => ({
    id: 'rowdy',
    active: true,
    name: 'Rowdy behaviour',
    qualifier: 'nuisance',
    asb: true,
  }),
  closingCodes: () => ({
    id: '361',
    active: true,
    code: '361',
    name: 'Rowdy or nuisance behaviour',
  }),
  powers: () => ({
    id: 'cpn',
    active: true,
    name: 'Community Protection Notice',
    order: 5,
    requires: 'cpw',
    court: false,
  }),
  thresholds: () => ({
    id: 'thresholds',
    active: true,
    repeatCalls: 3,
    repeatWindowDays: 90,
    caseReviewCalls: 3,
    caseReviewMonths: 6,
  }),
  letterTemplates: () => ({
    id: 'warning-1',
    active: true,
    stepId: 'warning-1',
    name: 'First warning',
    body: 'Dear {name}',
  }),
  users: () => ({
    id: 'user-1',
    active: true,
    name: 'Sam Officer',
    agencyId: 'kent-police',
    wards: ['E05005019'],
  }),
  locations: () => ({ id: ID.location, address: 'Caxton Close, Hartley', wardCode: 'E05005019' }),
  people: () => ({ id: ID.person, name: 'Alex Sample', aliases: [], flags: [] }),
  calls: validCall,
  actions: () => ({
    id: ID.action,
    callId: ID.call,
    text: 'PCSO to patrol Caxton Close between 18:00 and 22:00 for two weeks',
    agencyId: 'kent-police',
    dueDate: '2026-03-18',
    status: 'open',
  }),
  callNotes: () => ({
    id: ID.note,
    callId: ID.call,
    text: 'Discussed at daily tasking.',
    at: '2026-03-04T10:00:00Z',
  }),
  residentUpdates: () => ({
    id: ID.update,
    callId: ID.call,
    at: '2026-03-05T11:00:00Z',
    method: 'phone',
    summary: 'Told the resident patrols have been arranged.',
  }),
  visits: () => ({
    id: ID.visit,
    at: '2026-03-06T19:30:00Z',
    address: 'Caxton Close, Hartley',
    wardCode: 'E05005019',
    visitType: 'patrol',
    notes: 'Patrolled the garages; area quiet.',
    followUpNeeded: false,
  }),
  groups: () => ({
    id: ID.group,
    subjectType: 'location',
    locationId: ID.location,
    title: 'Caxton Close, Hartley',
    triggerCallIds: [ID.call],
    leadAgencyId: 'sdc-csu',
    memberAgencyIds: ['kent-police', 'wkha'],
    status: 'open',
  }),
  groupItems: () => ({
    id: ID.groupItem,
    groupId: ID.group,
    item: 'Install overt camera by the garages',
    leadAgencyId: 'sdc-cctv',
    partnerAgencyIds: [],
    byDate: '2026-04-30',
    rag: 'amber',
  }),
  groupDismissals: () => ({
    id: '01900000-0000-7000-8000-0000000000d1',
    subjectKind: 'location',
    subjectId: ID.location,
    callIds: [ID.call],
    reason: 'One family, already known to housing',
  }),
  groupMeetings: () => ({
    id: ID.groupMeeting,
    groupId: ID.group,
    date: '2026-03-10',
    attendees: 'SDC CSU, Kent Police, West Kent Housing',
    notes: 'Agreed the action plan.',
  }),
  enforcements: () => ({
    id: ID.enforcement,
    recipientType: 'person',
    personId: ID.person,
    recipientName: 'Alex Sample',
    issuingAgencyId: 'sdc-asb',
    stepId: 'warning-1',
    issuedDate: '2026-03-12',
    linkedCallIds: [ID.call],
    deliveryMethod: 'hand',
    reviewDates: [],
    breaches: [],
    status: 'active',
  }),
  issuedLetters: () => ({
    id: ID.letter,
    enforcementId: ID.enforcement,
    templateId: 'warning-1',
    issuedDate: '2026-03-12',
    body: 'We have received reports of anti-social behaviour.',
    incidents: [{ date: '2026-03-03', area: 'Hartley', category: 'Rowdy behaviour' }],
  }),
  deliveryTasks: () => ({
    id: ID.delivery,
    enforcementId: ID.enforcement,
    recipientName: 'Alex Sample',
    address: '1 Example Road, Hartley',
    wardCode: 'E05005019',
    assigneeUserId: 'user-1',
    dueDate: '2026-03-19',
    status: 'open',
  }),
  maracReferrals: () => ({
    id: ID.referral,
    referringAgencyId: 'wkha',
    referringOfficer: 'Pat Housing',
    subjectType: 'person',
    subjectName: 'Alex Sample',
    aliases: [],
    datesOfBirth: ['1990-05-01'],
    safeToCall: 'unknown',
    criteria: ['asb'],
    riskLevel: 'medium',
    consent: { given: true },
    reason: 'Repeated neighbour disputes and rowdy behaviour.',
    agenciesInvolved: ['kent-police'],
    status: 'submitted',
  }),
  maracDecisions: () => ({
    id: ID.decision,
    referralId: ID.referral,
    decision: 'accepted',
    date: '2026-03-20',
  }),
  maracMeetings: () => ({ id: ID.maracMeeting, date: '2026-03-20' }),
  maracActions: () => ({
    id: ID.maracAction,
    referralId: ID.referral,
    agencyId: 'wkha',
    text: 'Tenancy visit',
    dueDate: '2026-04-17',
    status: 'open',
  }),
  maracSubjectLinks: () => ({ id: ID.subjectLink, referralId: ID.referral, personId: ID.person }),
  viewEvents: () => ({
    id: ID.viewEvent,
    table: 'people',
    recordId: ID.person,
    at: '2026-03-20T10:00:00Z',
    label: 'Viewed person',
  }),
};

/** Issues of a failed parse as `path: message` strings, for readable assertions. */
export function issuesOf(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return (result.error?.issues ?? []).map((i) => `${i.path.map(String).join('.')}: ${i.message}`);
}
