import { addDays, londonDate, MS_PER_DAY } from '../../domain/dates';

const LONDON_HOUR = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  hour12: false,
});

/**
 * Demo dates relative to the `now` the demo is built for. Everything lands
 * at or before `now` (the server rejects user dates more than 24 hours
 * ahead), and calendar dates are Europe/London like the rest of the app.
 */
export class DemoTime {
  readonly nowMs: number;
  /** Today in London. */
  readonly today: string;

  constructor(now: Date) {
    this.nowMs = now.getTime();
    this.today = londonDate(now);
  }

  /** The London date `days` days before today. */
  date(daysAgo: number): string {
    return addDays(this.today, -daysAgo);
  }

  /**
   * An instant on a London calendar date at roughly `hour`:`minute` local
   * time, never after now. GMT/BST is found by checking which UTC hour lands
   * on the wanted date and local hour.
   */
  at(date: string, hour: number, minute = 0): string {
    const base = Date.parse(`${date}T00:00:00Z`) + hour * 3_600_000 + minute * 60_000;
    // London is UTC+0 or UTC+1: try both and keep the one whose London hour matches.
    const bst = base - 3_600_000;
    const localHour = (ms: number) => Number(LONDON_HOUR.format(ms)) % 24;
    const ms = localHour(bst) === hour && londonDate(bst) === date ? bst : base;
    return new Date(Math.min(ms, this.nowMs - 60_000)).toISOString();
  }

  /** An instant `daysAgo` days back at a local time. */
  daysAgoAt(daysAgo: number, hour: number, minute = 0): string {
    return this.at(this.date(daysAgo), hour, minute);
  }

  /** Whether an instant or date is already past (at or before now). */
  isPast(instantOrDate: string): boolean {
    if (instantOrDate.length === 10) return instantOrDate <= this.today;
    return Date.parse(instantOrDate) <= this.nowMs;
  }

  /** The later of two dates, capped at tomorrow (nothing more than a day ahead). */
  capDate(date: string): string {
    const tomorrow = addDays(this.today, 1);
    return date > tomorrow ? tomorrow : date;
  }

  /** The next weekday (tasking meets Monday to Friday) on or after a date. */
  nextWeekday(date: string): string {
    let d = date;
    for (let i = 0; i < 3; i++) {
      const dow = new Date(`${d}T12:00:00Z`).getUTCDay();
      if (dow !== 0 && dow !== 6) return d;
      d = addDays(d, 1);
    }
    return d;
  }

  ms(instant: string): number {
    return Date.parse(instant);
  }

  /** Days between now and an instant, rounded down. */
  ageDays(instant: string): number {
    return Math.floor((this.nowMs - Date.parse(instant)) / MS_PER_DAY);
  }
}
