/**
 * Date rules from domain.md "Definitions": calendar dates are YYYY-MM-DD in
 * Europe/London, months are calendar months clamped to the month's end, and
 * "overdue" is computed against today, never stored.
 */
export const DISTRICT_TIME_ZONE = 'Europe/London';
export const MS_PER_DAY = 86_400_000;

const londonDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: DISTRICT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The instant (ISO, UTC) at which a Europe/London calendar date begins: 00:00
 * GMT in winter, 23:00 UTC the evening before under British Summer Time
 * (neither clock change falls at midnight, so one of the two is right).
 */
export function londonDayStart(date: string): string {
  const utcMidnight = Date.parse(`${date}T00:00:00.000Z`);
  const summer = utcMidnight - 3_600_000;
  return new Date(londonDate(summer) === date ? summer : utcMidnight).toISOString();
}

const HOUR_MS = 3_600_000;
/** London dates by UTC hour: bounded, as a long-running server sees ever new hours. */
const dateByHour = new Map<number, string>();
const DATE_BY_HOUR_MAX = 100_000;

/**
 * The Europe/London calendar date (YYYY-MM-DD) of an instant. London's
 * offset is a whole number of hours and changes on the hour (01:00 UTC), so
 * every instant in one UTC hour has the same London date: each hour is
 * formatted once (Intl is slow, and a report over 50,000 calls asks for
 * tens of thousands of dates).
 */
export function londonDate(instant: string | number | Date): string {
  const ms =
    instant instanceof Date
      ? instant.getTime()
      : typeof instant === 'number'
        ? instant
        : Date.parse(instant);
  // An invalid instant throws as Intl does (RangeError), never caches.
  if (Number.isNaN(ms)) return londonDateFormat.format(ms);
  const hour = Math.floor(ms / HOUR_MS);
  let date = dateByHour.get(hour);
  if (date === undefined) {
    if (dateByHour.size >= DATE_BY_HOUR_MAX) dateByHour.clear();
    date = londonDateFormat.format(hour * HOUR_MS);
    dateByHour.set(hour, date);
  }
  return date;
}

/** The Europe/London calendar year of an instant (call references use it). */
export function londonYear(instant: string | number | Date): number {
  return Number(londonDate(instant).slice(0, 4));
}

function parseDate(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative if `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseDate(to) - parseDate(from)) / MS_PER_DAY);
}

export function addDays(date: string, days: number): string {
  return new Date(parseDate(date) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Adds calendar months, clamping to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = (y ?? 1970) * 12 + ((m ?? 1) - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(d ?? 1, lastDay);
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Formats a YYYY-MM-DD as "3 March 2026" for screens and letters. */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  return `${d} ${months[(m ?? 1) - 1]} ${y}`;
}

/** Formats an instant as "3 March 2026 at 14:05" in London time. */
export function formatDateTime(instant: string): string {
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone: DISTRICT_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date(instant));
  return `${formatDate(londonDate(instant))} at ${time}`;
}
