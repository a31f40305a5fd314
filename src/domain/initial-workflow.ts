import type { TableName } from './tables';

/**
 * The workflow fields a new record starts with, whoever creates it: the
 * server sets them on every create (a device cannot choose them) and the
 * device's repositories build new records from them.
 */
export const INITIAL_WORKFLOW = {
  calls: { status: 'new' },
  actions: { status: 'open' },
  groups: { status: 'open' },
  taskingMeetings: { status: 'open', items: [] },
  enforcements: { status: 'draft', reviewDates: [], breaches: [] },
  deliveryTasks: { status: 'open' },
  maracReferrals: { status: 'submitted' },
  maracActions: { status: 'open' },
} as const satisfies Partial<Record<TableName, Record<string, unknown>>>;

export function initialWorkflow(table: TableName): Record<string, unknown> {
  return (INITIAL_WORKFLOW as Partial<Record<TableName, Record<string, unknown>>>)[table] ?? {};
}
