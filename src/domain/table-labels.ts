/**
 * What each kind of record is called in plain English, for every screen
 * that names a table (needs review, the audit log, retention periods).
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

/** A table's name for people; an unknown one is just "Record". */
export function tableLabel(table: string): string {
  return TABLE_LABELS[table] ?? 'Record';
}
