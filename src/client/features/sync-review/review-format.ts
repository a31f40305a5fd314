/**
 * Words for the review screen: what a field is called, and a value shown as
 * text (never as HTML). What a table is called lives in the domain.
 */
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
