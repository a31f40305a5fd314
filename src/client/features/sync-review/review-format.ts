/**
 * Words for the review screen: what a table is called, what a field is
 * called, and a value shown as text (never as HTML).
 */
const TABLE_LABELS: Record<string, string> = {
  calls: 'Call',
  actions: 'Action',
  callNotes: 'Chronology note',
  residentUpdates: 'Resident update',
  visits: 'Visit',
  people: 'Person',
  locations: 'Location',
  groups: 'Task and Finish Group',
  groupItems: 'Action plan item',
  groupMeetings: 'Group meeting',
  groupDismissals: 'Dismissed group suggestion',
  taskingMeetings: 'Daily tasking meeting',
  enforcements: 'Enforcement record',
  issuedLetters: 'Issued letter',
  deliveryTasks: 'Delivery task',
  maracReferrals: 'Community MARAC referral',
  maracDecisions: 'MARAC decision',
  maracMeetings: 'MARAC meeting',
  maracActions: 'MARAC action',
  maracSubjectLinks: 'MARAC subject link',
  viewEvents: 'Record view',
  wards: 'Ward',
  agencies: 'Agency',
  categories: 'Category',
  closingCodes: 'Police closing code',
  powers: 'Power',
  thresholds: 'Thresholds',
  letterTemplates: 'Letter template',
  users: 'User',
};

export function tableLabel(table: string): string {
  return TABLE_LABELS[table] ?? 'Record';
}

/** riskLevel → "Risk level". */
export function fieldLabel(field: string): string {
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function formatValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return '(empty)';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length ? value.map(formatValue).join(', ') : '(none)';
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    for (const key of ['address', 'name', 'reason', 'text'])
      if (typeof obj[key] === 'string') return obj[key];
    return Object.entries(obj)
      .filter(([, v]) => v !== undefined && v !== null && v !== '')
      .map(([k, v]) => `${fieldLabel(k)}: ${formatValue(v)}`)
      .join('; ');
  }
  return String(value);
}

/** Where a refused change came from, in the person's words. */
export function kindLabel(kind: string): string {
  if (kind === 'create') return 'New record';
  if (kind === 'patch') return 'Edit';
  if (kind === 'delete') return 'Deletion';
  return 'Action';
}
