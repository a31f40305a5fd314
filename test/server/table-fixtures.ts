/**
 * One valid record for every synced table, with the field a patch may
 * change, for the authorization matrix and the fuzz suite. Typed by
 * TableName: a new table does not compile until it has its row here.
 * Every record belongs to AGENCY, so agency relations (an action's agency,
 * a group's lead agency, a delivery task's assignee agency) hold for users
 * of that agency.
 */
import type { TableName } from '../../src/domain/tables';
import { actionData, callData, newId, referralData } from './fixtures';

export const AGENCY = 'sdc-csu';

/** The records children are created under (and a person for subject links). */
export const PARENT_TABLES = [
  'calls',
  'groups',
  'enforcements',
  'maracReferrals',
  'people',
] as const;
export type ParentIds = Record<(typeof PARENT_TABLES)[number], string>;

/** Fresh ids for one parent of each kind. */
export function newParentIds(): ParentIds {
  return Object.fromEntries(PARENT_TABLES.map((t) => [t, newId()])) as ParentIds;
}

export interface TableFixture {
  /** A valid record (without `id`) whose parent, if any, is in `parents`. */
  data(parents: ParentIds): Record<string, unknown>;
  /**
   * A field a patch may change and a new valid value; null for append-only
   * or directory tables, and tables whose fields change only through commands.
   */
  patch: [field: string, value: unknown] | null;
  /** Reference rows use readable ids, not UUIDs. */
  newId?: () => string;
}

const refId = () => `t${newId().replace(/-/g, '').slice(-12)}`;
const ref = (data: Record<string, unknown>, field = 'name'): TableFixture => ({
  data: () => ({ active: true, ...data }),
  patch: [field, `Changed ${field}`],
  newId: refId,
});

const groupData = () => ({
  subjectType: 'theme',
  theme: 'Off-road bikes',
  title: 'Off-road bikes on the Vine',
  triggerCallIds: [],
  leadAgencyId: AGENCY,
  memberAgencyIds: ['kent-police'],
  status: 'open',
});

const enforcementData = () => ({
  recipientType: 'organisation',
  recipientName: 'A Business Ltd',
  issuingAgencyId: AGENCY,
  stepId: 'warning-1',
  issuedDate: '2026-03-01',
  linkedCallIds: [],
  deliveryMethod: 'post',
  reviewDates: [],
  breaches: [],
  status: 'active',
});

export const TABLE_FIXTURES: { [T in TableName]: TableFixture } = {
  wards: {
    data: () => ({ active: true, code: 'E05999999', name: 'Test ward' }),
    patch: ['name', 'Renamed ward'],
    newId: refId,
  },
  agencies: ref({ name: 'Test agency', shortName: 'Test' }),
  categories: ref({ name: 'Test category', qualifier: 'nuisance', asb: true }),
  closingCodes: ref({ code: 'T1', name: 'Test code' }),
  powers: ref({ name: 'Test step', order: 99, court: false }),
  thresholds: {
    data: () => ({
      active: true,
      repeatCalls: 3,
      repeatWindowDays: 90,
      caseReviewCalls: 3,
      caseReviewMonths: 6,
    }),
    patch: ['repeatCalls', 4],
    newId: refId,
  },
  letterTemplates: ref({ stepId: 'warning-1', name: 'Test template', body: 'Dear {name}' }),
  // The directory is kept by the admin API, never by sync.
  users: {
    data: () => ({ active: true, name: 'Directory Person', agencyId: AGENCY, wards: [] }),
    patch: null,
    newId: refId,
  },

  locations: {
    data: () => ({ address: '3 Test Road', wardCode: 'E05005008' }),
    patch: ['gps', { lat: 51.2, lng: 0.2 }],
  },
  people: {
    data: () => ({ name: 'Test Person', aliases: [], flags: [] }),
    // Every field changes only through person.update, which records its history.
    patch: null,
  },
  calls: {
    data: () => callData({ sourceAgencyId: AGENCY }),
    patch: ['summary', 'A changed summary'],
  },
  actions: {
    data: (p) => actionData(p.calls, { agencyId: AGENCY }),
    patch: ['text', 'A changed action'],
  },
  callNotes: {
    data: (p) => ({ callId: p.calls, at: '2026-03-02T09:30:00.000Z', text: 'A note' }),
    patch: null,
  },
  residentUpdates: {
    data: (p) => ({
      callId: p.calls,
      at: '2026-03-02T09:30:00.000Z',
      method: 'phone',
      summary: 'Told the resident',
    }),
    patch: null,
  },
  visits: {
    data: () => ({
      at: '2026-03-02T09:00:00.000Z',
      address: '5 Test Road',
      wardCode: 'E05005008',
      visitType: 'patrol',
      notes: 'Quiet',
      followUpNeeded: false,
    }),
    patch: null,
  },

  groups: { data: groupData, patch: ['title', 'A changed title'] },
  groupItems: {
    data: (p) => ({
      groupId: p.groups,
      item: 'Fit a gate',
      leadAgencyId: AGENCY,
      partnerAgencyIds: [],
      byDate: '2026-04-01',
      rag: 'amber',
    }),
    patch: ['rag', 'green'],
  },
  groupMeetings: {
    data: (p) => ({ groupId: p.groups, date: '2026-03-01', attendees: 'All', notes: 'Met' }),
    patch: null,
  },
  groupDismissals: {
    data: () => ({
      subjectKind: 'location',
      subjectId: newId(),
      callIds: [newId()],
      reason: 'Already handled by the housing officer',
    }),
    patch: null,
  },

  taskingMeetings: {
    data: () => ({
      date: '2026-03-01',
      startedAt: '2026-03-01T09:30:00.000Z',
      attendingAgencyIds: [AGENCY],
      items: [],
      status: 'open',
    }),
    patch: ['attendingAgencyIds', [AGENCY, 'kent-police']],
  },

  enforcements: { data: enforcementData, patch: ['terms', 'Keep the gate shut'] },
  issuedLetters: {
    data: (p) => ({
      enforcementId: p.enforcements,
      templateId: 'warning-1',
      issuedDate: '2026-03-01',
      body: 'Dear occupier',
      incidents: [],
    }),
    patch: null,
  },
  deliveryTasks: {
    data: (p) => ({
      enforcementId: p.enforcements,
      recipientName: 'A Person',
      address: '2 Low Road',
      wardCode: 'E05005008',
      assigneeAgencyId: AGENCY,
      dueDate: '2026-03-10',
      status: 'open',
    }),
    patch: ['note', 'Gate code 1234'],
  },

  maracReferrals: { data: () => referralData(), patch: ['reason', 'More incidents'] },
  maracDecisions: {
    data: (p) => ({ referralId: p.maracReferrals, decision: 'accepted', date: '2026-03-01' }),
    patch: null,
  },
  maracMeetings: {
    data: () => ({ date: '2026-03-20' }),
    patch: ['minutes', 'Three cases discussed'],
  },
  maracActions: {
    data: (p) => ({
      referralId: p.maracReferrals,
      agencyId: AGENCY,
      text: 'Check in',
      dueDate: '2026-03-30',
      status: 'open',
    }),
    patch: ['owner', 'PC Jones'],
  },
  maracSubjectLinks: {
    data: (p) => ({ referralId: p.maracReferrals, personId: p.people }),
    patch: ['personId', newId()],
  },

  // Ids only; the server writes these in a merge command, so no patch and no create.
  recordMerges: {
    data: (p) => ({ kind: 'person', survivorId: p.people, mergedId: newId(), moved: [] }),
    patch: null,
  },

  viewEvents: {
    data: () => ({
      table: 'calls',
      recordId: newId(),
      at: '2026-03-02T09:00:00.000Z',
      label: 'Call',
    }),
    patch: null,
  },
};
