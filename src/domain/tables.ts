import type { z } from 'zod';
import { actionSchema, callNoteSchema, callSchema, residentUpdateSchema } from './schemas/calls';
import { deliveryTaskSchema, enforcementSchema, issuedLetterSchema } from './schemas/enforcement';
import {
  groupDismissalSchema,
  groupItemSchema,
  groupMeetingSchema,
  groupSchema,
} from './schemas/groups';
import {
  maracActionSchema,
  maracDecisionSchema,
  maracMeetingSchema,
  maracReferralSchema,
  maracSubjectLinkSchema,
} from './schemas/marac';
import { recordMergeSchema } from './schemas/merges';
import { locationSchema, personSchema } from './schemas/people';
import {
  agencySchema,
  categorySchema,
  closingCodeSchema,
  directoryUserSchema,
  letterTemplateSchema,
  powerStepSchema,
  thresholdsSchema,
  viewEventSchema,
  wardSchema,
} from './schemas/reference';
import { taskingMeetingSchema } from './schemas/tasking';
import { visitSchema } from './schemas/visits';

/**
 * Every synced table, with what the sync protocol needs to know about it:
 * its schema, whether it is append-only, which fields only commands change,
 * and its parent (a child is readable by exactly those who may read its
 * parent, and is rejected `parent_missing` when the parent is unknown).
 * The access matrix for each table's `scope` lives in access.ts.
 *
 * The order is the order to write them in: a table comes after every table
 * its records point at (parents, places, people, groups, meetings), so an
 * import or the demo that follows TABLE_NAMES never names a record before it exists.
 */
export type Scope =
  | 'reference'
  | 'case'
  | 'group'
  | 'tasking'
  | 'enforcement'
  | 'delivery'
  | 'marac'
  | 'merge'
  | 'viewEvent';

export interface TableSpec {
  schema: z.ZodObject;
  scope: Scope;
  /** Created once, never patched or deleted (sync.md "Append-only records"). */
  appendOnly: boolean;
  workflowFields: readonly string[];
  /** The parent table (a TableName) and the field holding its id. */
  parent?: { table: string; field: string };
  /** Fields a device sends but the server owns and overwrites. */
  serverFields?: readonly string[];
  /**
   * Fields set when the record is created and never patched afterwards (an
   * enforcement record's step and dates: the ladder is checked at create,
   * and an end date moves only through `enforcement.extend`).
   */
  fixedFields?: readonly string[];
}

export const TABLES = {
  wards: { schema: wardSchema, scope: 'reference', appendOnly: false, workflowFields: [] },
  agencies: { schema: agencySchema, scope: 'reference', appendOnly: false, workflowFields: [] },
  categories: { schema: categorySchema, scope: 'reference', appendOnly: false, workflowFields: [] },
  closingCodes: {
    schema: closingCodeSchema,
    scope: 'reference',
    appendOnly: false,
    workflowFields: [],
  },
  powers: { schema: powerStepSchema, scope: 'reference', appendOnly: false, workflowFields: [] },
  thresholds: {
    schema: thresholdsSchema,
    scope: 'reference',
    appendOnly: false,
    workflowFields: [],
  },
  letterTemplates: {
    schema: letterTemplateSchema,
    scope: 'reference',
    appendOnly: false,
    workflowFields: [],
  },
  users: { schema: directoryUserSchema, scope: 'reference', appendOnly: false, workflowFields: [] },

  // Edited fields are fixed: they change only through person.update / location.update,
  // which write their history (rules/record-edits.ts).
  locations: {
    schema: locationSchema,
    scope: 'case',
    appendOnly: false,
    workflowFields: ['history', 'mergedInto'],
    fixedFields: ['address', 'wardCode'],
  },
  people: {
    schema: personSchema,
    scope: 'case',
    appendOnly: false,
    workflowFields: ['history', 'mergedInto'],
    fixedFields: ['name', 'aliases', 'dateOfBirth', 'address', 'wardCode', 'flags'],
  },
  calls: {
    schema: callSchema,
    scope: 'case',
    appendOnly: false,
    workflowFields: ['status', 'closure', 'discussedOn', 'reference'],
    serverFields: ['reference'],
  },
  actions: {
    schema: actionSchema,
    scope: 'case',
    appendOnly: false,
    workflowFields: [
      'status',
      'outcome',
      'completedAt',
      'completedBy',
      'cancelReason',
      'cancelledAt',
      'cancelledBy',
    ],
    parent: { table: 'calls', field: 'callId' },
  },
  callNotes: {
    schema: callNoteSchema,
    scope: 'case',
    appendOnly: true,
    workflowFields: [],
    parent: { table: 'calls', field: 'callId' },
  },
  residentUpdates: {
    schema: residentUpdateSchema,
    scope: 'case',
    appendOnly: true,
    workflowFields: [],
    parent: { table: 'calls', field: 'callId' },
  },

  groups: {
    schema: groupSchema,
    scope: 'group',
    appendOnly: false,
    workflowFields: ['status', 'closureOutcome', 'closedAt'],
  },
  groupItems: {
    schema: groupItemSchema,
    scope: 'group',
    appendOnly: false,
    workflowFields: [],
    parent: { table: 'groups', field: 'groupId' },
  },
  groupMeetings: {
    schema: groupMeetingSchema,
    scope: 'group',
    appendOnly: true,
    workflowFields: [],
    parent: { table: 'groups', field: 'groupId' },
  },
  /** The chair's dismissals of repeat suggestions (group-suggestions.ts). */
  groupDismissals: {
    schema: groupDismissalSchema,
    scope: 'group',
    appendOnly: true,
    workflowFields: [],
  },

  /** The chair's daily tasking meetings (schemas/tasking.ts); items change only by command. */
  taskingMeetings: {
    schema: taskingMeetingSchema,
    scope: 'tasking',
    appendOnly: false,
    workflowFields: ['items', 'status', 'closedAt'],
  },

  // After groups: a visit may name the group it was for.
  visits: { schema: visitSchema, scope: 'case', appendOnly: true, workflowFields: [] },

  enforcements: {
    schema: enforcementSchema,
    scope: 'enforcement',
    appendOnly: false,
    workflowFields: [
      'status',
      'reviewDates',
      'breaches',
      'issuedBy',
      'escalatedToId',
      'deliveredAt',
    ],
    fixedFields: ['stepId', 'issuedDate', 'endDate', 'escalatedFromId'],
  },
  issuedLetters: {
    schema: issuedLetterSchema,
    scope: 'enforcement',
    appendOnly: true,
    workflowFields: [],
    parent: { table: 'enforcements', field: 'enforcementId' },
  },
  deliveryTasks: {
    schema: deliveryTaskSchema,
    scope: 'delivery',
    appendOnly: false,
    workflowFields: ['status', 'deliveredAt', 'deliveredBy', 'method'],
  },

  // Before referrals: a referral lists the meetings that heard it.
  maracMeetings: {
    schema: maracMeetingSchema,
    scope: 'marac',
    appendOnly: false,
    workflowFields: [],
  },
  maracReferrals: {
    schema: maracReferralSchema,
    scope: 'marac',
    appendOnly: false,
    workflowFields: [
      'status',
      'referredOn',
      'decidedOn',
      'advice',
      'redirectedTo',
      'earlierReferralId',
      'closedOn',
      'outcome',
      'outcomeReason',
      'meetingIds',
    ],
  },
  maracDecisions: {
    schema: maracDecisionSchema,
    scope: 'marac',
    appendOnly: true,
    workflowFields: [],
    parent: { table: 'maracReferrals', field: 'referralId' },
  },
  maracActions: {
    schema: maracActionSchema,
    scope: 'marac',
    appendOnly: false,
    workflowFields: ['status', 'reviewNote', 'reviewedAtMeetingId'],
    parent: { table: 'maracReferrals', field: 'referralId' },
  },
  maracSubjectLinks: {
    schema: maracSubjectLinkSchema,
    scope: 'marac',
    appendOnly: false,
    workflowFields: [],
    parent: { table: 'maracReferrals', field: 'referralId' },
  },

  // Last but view events: a merge lists the links it moved, in any table above.
  recordMerges: {
    schema: recordMergeSchema,
    scope: 'merge',
    appendOnly: false,
    workflowFields: ['undoneAt', 'undoneBy'],
  },

  viewEvents: { schema: viewEventSchema, scope: 'viewEvent', appendOnly: true, workflowFields: [] },
} as const satisfies Record<string, TableSpec>;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];
export const REFERENCE_TABLES = TABLE_NAMES.filter((t) => TABLES[t].scope === 'reference');

/** Tables an import (or the demo) writes: directory rows come from accounts, view events are audit-only. */
export type ImportTable = Exclude<TableName, 'users' | 'viewEvents'>;
export const IMPORT_TABLES = TABLE_NAMES.filter(
  (t): t is ImportTable => t !== 'users' && t !== 'viewEvents',
);

export function isTableName(name: string): name is TableName {
  return Object.prototype.hasOwnProperty.call(TABLES, name);
}

export function tableSpec(name: TableName): TableSpec {
  return TABLES[name];
}
