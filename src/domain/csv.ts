/**
 * CSV as the unit's spreadsheets open it: a header row, UTF-8 with a byte
 * order mark (so Excel reads accents and "£" correctly), CRLF line ends,
 * and any text cell that a spreadsheet would run as a formula (starting
 * with =, +, -, @, or a tab or carriage return before one) neutralised with
 * a leading apostrophe (OWASP "CSV injection"). Numbers are written as
 * numbers, so a negative count stays a number. The one home for this rule.
 */
export const CSV_BOM = '\uFEFF';

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, quoted when it holds a comma, quote or line break. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = typeof value === 'boolean' ? (value ? 'yes' : 'no') : value;
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: BOM, the header row, then one line per row. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const line = (cells: readonly CsvValue[]) => cells.map(csvCell).join(',');
  return CSV_BOM + [line(header), ...rows.map(line)].join('\r\n') + '\r\n';
}
