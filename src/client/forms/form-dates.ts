/**
 * Date parts for forms. Conversions between native date/time controls and stored values. A
 * `datetime-local` control shows and returns the device's local wall time
 * ("2026-03-04T09:15"); records store ISO instants, so convert at the edge.
 */
function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The wall time of an instant as a `datetime-local` value, minutes precision. */
export function toLocalInput(instant: Date): string {
  return (
    `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}` +
    `T${pad(instant.getHours())}:${pad(instant.getMinutes())}`
  );
}

export function nowLocalInput(): string {
  return toLocalInput(new Date());
}

/**
 * A `datetime-local` value as an ISO instant. An empty or malformed value is
 * returned as typed so the domain schema reports it ("must be a real date and time").
 */
export function localInputToIso(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return value;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}

/** The calendar date part of a `datetime-local` value. */
export function localInputDate(value: string): string {
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : '';
}
