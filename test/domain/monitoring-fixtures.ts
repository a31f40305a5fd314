import { addDays } from '../../src/domain/dates';
import { SEVENOAKS_WARDS } from '../../src/domain/reference/wards';
import type { MonitoringCall } from '../../src/domain/rules/monitoring-report';

/**
 * A year of daily tasking built to known totals: 538 calls received in the
 * financial year 2025/26 ("538 ASB/Community Safety calls" in a year), with
 * Swanley St Mary's (80), Swanley White Oak (64) and Edenbridge North and
 * East (51) the top wards and every other ward 14 or 15; 150, 130, 140 and
 * 118 calls in the four quarters; every 7th call anonymous (77); categories
 * rowdy/neighbour/noise/fly-tipping in turn (135/135/134/134), every 10th
 * call also drugs (54), and the first call lists rowdy twice.
 */
export const YEAR_CALLS = 538;
export const TOP = { stMarys: 'E05005031', whiteOak: 'E05005032', edenbridgeNE: 'E05005013' };
const TOP_SIZES: [string, number][] = [
  [TOP.stMarys, 80],
  [TOP.whiteOak, 64],
  [TOP.edenbridgeNE, 51],
];
export const QUARTER_SIZES = [150, 130, 140, 118];
const QUARTER_STARTS = ['2025-04-01', '2025-07-01', '2025-10-01', '2026-01-01'];
const CATEGORY_TURN = ['rowdy', 'neighbour', 'noise', 'fly-tipping'];

function wardOrder(): string[] {
  const out: string[] = [];
  for (const [code, n] of TOP_SIZES) for (let i = 0; i < n; i++) out.push(code);
  const others = SEVENOAKS_WARDS.map((w) => w.code).filter(
    (c) => !TOP_SIZES.some(([t]) => t === c),
  );
  // 343 calls over 23 wards: 14 each, and one more for the first 21.
  others.forEach((code, k) => {
    for (let i = 0; i < (k < 21 ? 15 : 14); i++) out.push(code);
  });
  return out;
}

export function yearOfCalls(): MonitoringCall[] {
  const wards = wardOrder();
  const calls: MonitoringCall[] = [];
  let i = 0;
  QUARTER_SIZES.forEach((size, q) => {
    for (let k = 0; k < size; k++, i++) {
      const day = addDays(QUARTER_STARTS[q]!, k % 80);
      const categoryIds = [CATEGORY_TURN[i % 4]!];
      if (i % 10 === 0) categoryIds.push('drugs');
      if (i === 0) categoryIds.push('rowdy');
      calls.push({
        id: `call-${i}`,
        receivedAt: `${day}T11:00:00.000Z`,
        wardCode: wards[i]!,
        categoryIds,
        anonymous: i % 7 === 0,
        status: 'open',
      });
    }
  });
  return calls;
}
