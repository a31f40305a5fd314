/**
 * Plain English for the audit log's actions (the server writes them as
 * codes such as `sync.create`), and the CSV of a page of entries.
 */
import { toCsv } from '../../../domain/csv';
import { formatDateTime } from '../../../domain/dates';
import type { AuditEntryView } from '../../../domain/sync-protocol';
import { tableLabel } from '../../../domain/table-labels';

export const AUDIT_ACTIONS: readonly { value: string; label: string }[] = [
  { value: 'view', label: 'Opened a record' },
  { value: 'sync.create', label: 'Created a record' },
  { value: 'sync.patch', label: 'Changed a record' },
  { value: 'sync.command', label: 'Ran a workflow step' },
  { value: 'sync.delete', label: 'Deleted a record' },
  { value: 'sync.pull', label: 'Synced records to a device' },
  { value: 'attachment.upload', label: 'Uploaded a photo' },
  { value: 'import.calls', label: 'Imported calls' },
  { value: 'retention.dispose', label: 'Disposed of under retention' },
  { value: 'login', label: 'Signed in' },
  { value: 'login.failed', label: 'Failed sign-in' },
  { value: 'logout', label: 'Signed out' },
  { value: 'admin.user.create', label: 'Added a user' },
  { value: 'admin.user.update', label: 'Changed a user' },
  { value: 'admin.user.password', label: 'Reset a password' },
  { value: 'admin.device.revoke', label: 'Revoked a device' },
  { value: 'admin.audit.read', label: 'Read the audit log' },
];

const ACTION_LABELS = new Map(AUDIT_ACTIONS.map((a) => [a.value, a.label]));

/** An action's words; a code the screen does not know yet is shown as it is. */
export function auditActionLabel(action: string): string {
  return ACTION_LABELS.get(action) ?? action;
}

export interface AuditNames {
  user: (id: string | null) => string;
  device: (id: string | null) => string;
}

export const AUDIT_COLUMNS = ['When', 'Who', 'Device', 'What', 'Record type', 'Record ids'];

/** One entry as the table and the CSV show it. */
export function auditCells(e: AuditEntryView, names: AuditNames): string[] {
  return [
    formatDateTime(e.at),
    names.user(e.userId),
    names.device(e.deviceId),
    auditActionLabel(e.action),
    e.table ? tableLabel(e.table) : '',
    e.ids.join(' '),
  ];
}

export function auditCsv(entries: readonly AuditEntryView[], names: AuditNames): string {
  return toCsv(
    AUDIT_COLUMNS,
    entries.map((e) => auditCells(e, names)),
  );
}
