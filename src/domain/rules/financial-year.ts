/**
 * The partnership reports by financial year (April to March) and its
 * quarters: Q1 April-June, Q2 July-September, Q3 October-December, Q4
 * January-March. Dates are YYYY-MM-DD (Europe/London), both ends inclusive.
 */
import { addDays, addMonths } from '../dates';

export interface Quarter {
  /** "Q1 2026/27" */
  label: string;
  from: string;
  to: string;
}

const FY_START_MONTH = 4;

/** The calendar year in which the financial year holding `date` starts. */
export function financialYearStart(date: string): number {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= FY_START_MONTH ? year : year - 1;
}

const fyLabel = (start: number) => `${start}/${String((start + 1) % 100).padStart(2, '0')}`;

/** The four quarters of the financial year starting in April of `startYear`. */
export function financialYearQuarters(startYear: number): Quarter[] {
  const first = `${startYear}-04-01`;
  return [0, 1, 2, 3].map((i) => {
    const from = addMonths(first, i * 3);
    return { label: `Q${i + 1} ${fyLabel(startYear)}`, from, to: addDays(addMonths(from, 3), -1) };
  });
}

/** The default report period: the whole financial year holding `today`. */
export function financialYearOf(today: string): { from: string; to: string } {
  const start = financialYearStart(today);
  return { from: `${start}-04-01`, to: `${start + 1}-03-31` };
}

/** The financial-year quarters that overlap a period, each cut to it (empty if none). */
export function quartersIn(period: { from: string; to: string }): Quarter[] {
  const out: Quarter[] = [];
  for (let fy = financialYearStart(period.from); fy <= financialYearStart(period.to); fy++) {
    for (const q of financialYearQuarters(fy)) {
      if (q.to < period.from || q.from > period.to) continue;
      out.push({
        label: q.label,
        from: q.from < period.from ? period.from : q.from,
        to: q.to > period.to ? period.to : q.to,
      });
    }
  }
  return out;
}
