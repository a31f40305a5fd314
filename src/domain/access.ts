import { COMMANDS, isCommandName } from './commands';
import { CASE_ROLES, readsCases, type Actor, type Role } from './roles';
import { TABLES, type Scope, type TableName } from './tables';

/**
 * The read/write matrix of domain.md "Who may read and change what", as data
 * the server enforces (the UI only mirrors it). `roles` grant by role;
 * `also` names a relation to the record that grants on its own:
 *  - `actionAgency`: the user's agency is the action's agency
 *  - `groupLeadAgency`: the user's agency leads the record's group
 *  - `assignee`: the user is the delivery task's assignee, or holds a case
 *    role in the assignee agency (an admin-only account of that agency is not)
 *  - `anyone`: any signed-in user (write-only MARAC referral, view events)
 * An admin reads no case records without also holding a case role.
 */
export type Relation = 'actionAgency' | 'groupLeadAgency' | 'assignee' | 'anyone';
export interface Grant {
  roles: readonly Role[];
  also?: readonly Relation[];
}
export interface ScopeAccess {
  read: Grant;
  create: Grant;
  change: Grant;
  /** Created by a non-reader: the author gets a receipt, never the record back. */
  writeOnlyForNonReaders?: boolean;
}

export const ACCESS_MATRIX: Record<Scope, ScopeAccess> = {
  reference: {
    read: { roles: [], also: ['anyone'] },
    create: { roles: ['admin'] },
    change: { roles: ['admin'] },
  },
  case: {
    read: { roles: CASE_ROLES },
    create: { roles: CASE_ROLES },
    change: { roles: ['chair', 'asb_officer'] },
  },
  group: {
    read: { roles: CASE_ROLES },
    create: { roles: ['chair'] },
    change: { roles: ['chair'], also: ['groupLeadAgency'] },
  },
  // The daily tasking meeting's minutes: the chair's own working record
  // (an admin reads no case records, and the partners see the outcomes on
  // the calls themselves: discussed dates, actions, closures).
  tasking: {
    read: { roles: ['chair'] },
    create: { roles: ['chair'] },
    change: { roles: ['chair'] },
  },
  enforcement: {
    read: { roles: ['asb_officer', 'chair'] },
    create: { roles: ['asb_officer'] },
    change: { roles: ['asb_officer'] },
  },
  // The assignee changes a task only through `delivery.record` (a command
  // grant), never by patch: a patch could hand the task to anyone.
  delivery: {
    read: { roles: ['asb_officer', 'chair'], also: ['assignee'] },
    create: { roles: ['asb_officer'] },
    change: { roles: ['asb_officer'] },
  },
  marac: {
    read: { roles: ['marac'] },
    create: { roles: ['marac'] },
    change: { roles: ['marac'] },
    writeOnlyForNonReaders: true,
  },
  // Merges hold ids only: the admin reads them to undo one (merge.undo), never the records.
  // The server writes them in the merge command; nobody creates or patches one.
  merge: {
    read: { roles: [...CASE_ROLES, 'admin'] },
    create: { roles: [] },
    change: { roles: [] },
  },
  viewEvent: {
    read: { roles: [] },
    create: { roles: [], also: ['anyone'] },
    change: { roles: [] },
  },
};

/** Facts about the record a relation grant needs; the caller looks them up. */
export interface RecordRelations {
  actionAgencyId?: string;
  groupLeadAgencyId?: string;
  assigneeUserId?: string;
  assigneeAgencyId?: string;
}

export function grants(actor: Actor, grant: Grant, rel: RecordRelations = {}): boolean {
  if (grant.roles.some((r) => actor.roles.includes(r))) return true;
  for (const relation of grant.also ?? []) {
    if (relation === 'anyone') return true;
    if (relation === 'actionAgency' && rel.actionAgencyId === actor.agencyId) return true;
    if (relation === 'groupLeadAgency' && rel.groupLeadAgencyId === actor.agencyId) return true;
    if (
      relation === 'assignee' &&
      (rel.assigneeUserId === actor.userId ||
        (rel.assigneeUserId === undefined &&
          rel.assigneeAgencyId === actor.agencyId &&
          readsCases(actor)))
    )
      return true;
  }
  return false;
}

export function canRead(actor: Actor, table: TableName, rel?: RecordRelations): boolean {
  return grants(actor, ACCESS_MATRIX[TABLES[table].scope].read, rel);
}

/**
 * Whether the actor reads every record of `table` (by role, not through a
 * relation to one record). Only then may a missing record be told apart
 * from one they cannot see: to anyone else both look the same, so that
 * refusals do not reveal which ids exist.
 */
export function readsWholeTable(actor: Actor, table: TableName): boolean {
  const grant = ACCESS_MATRIX[TABLES[table].scope].read;
  return grant.roles.some((r) => actor.roles.includes(r)) || (grant.also ?? []).includes('anyone');
}

/**
 * Tables whose create grant differs from their scope's: any signed-in user
 * may submit a Community MARAC referral (write-only, domain.md), while the
 * rest of the MARAC scope is created by members only.
 */
export const CREATE_OVERRIDES: Partial<Record<TableName, Grant>> = {
  maracReferrals: { roles: [], also: ['anyone'] },
};

/** The parent a child is created under, with what its grants need to know. */
export interface ParentAccess {
  table: TableName;
  rel: RecordRelations;
}

/**
 * Who may create a record of `table`: its create grant, or for a child,
 * whoever may change its parent (a group's lead agency adds action plan
 * items). Either way a child is created only under a parent the actor may
 * read: never write without read.
 */
export function canCreate(actor: Actor, table: TableName, parent?: ParentAccess): boolean {
  if (parent && !canRead(actor, parent.table, parent.rel)) return false;
  if (grants(actor, CREATE_OVERRIDES[table] ?? ACCESS_MATRIX[TABLES[table].scope].create))
    return true;
  return parent !== undefined && canChange(actor, parent.table, parent.rel);
}

export function canChange(actor: Actor, table: TableName, rel?: RecordRelations): boolean {
  return grants(actor, ACCESS_MATRIX[TABLES[table].scope].change, rel);
}

/**
 * Finer rules inside a scope come with each command's registry entry
 * (commands.ts): for example closing a call is the chair's alone, and an
 * action is completed by the chair or a user of its agency.
 */
export function canRunCommand(actor: Actor, command: string, rel?: RecordRelations): boolean {
  return isCommandName(command) && grants(actor, COMMANDS[command].grant, rel);
}

/** Kept here too for callers that think of it as part of the matrix. */
export { readsCases };

/**
 * What a screen needs from the matrix, as plain data: route definitions and
 * navigation carry it without loading the matrix (and its schemas) into the
 * first screen, and the app checks it with `canOpen` once unlocked.
 */
export type ScreenNeed =
  | { table: TableName; action: 'read' | 'create' | 'change' }
  /** A server operation granted by role rather than by a table (importing calls). */
  | { roles: readonly Role[] };

export function canOpen(actor: Actor, need: ScreenNeed): boolean {
  if ('roles' in need) return need.roles.some((r) => actor.roles.includes(r));
  if (need.action === 'read') return canRead(actor, need.table);
  if (need.action === 'create') return canCreate(actor, need.table);
  return canChange(actor, need.table);
}
