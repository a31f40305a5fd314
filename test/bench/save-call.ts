/**
 * Figure 2: saving a call offline. The real repository `logCall` (the call
 * and its outbox row in one transaction, after validation) against a bare
 * Dexie `put` of the same stored record into the same table, on
 * fake-indexeddb in Node. The two are interleaved, alternating which goes
 * first, so both see the same machine noise; warm-up rounds come first.
 */
import 'fake-indexeddb/auto';
import { logCall } from '../../src/client/local-store/calls-repo';
import { openUserDb } from '../../src/client/local-store/db';
import type { LocalCall } from '../../src/client/local-store/types';
import { uuidv7 } from '../../src/domain/ids';
import type { BenchConfig } from './config';
import { logCallInput } from './records';
import { figureRow, type FigureRow } from './report';
import { median, now, p95, round } from './stats';

export async function measure(config: BenchConfig): Promise<FigureRow[]> {
  const db = openUserDb(uuidv7());
  // The first save makes the location; later saves at the same address reuse it, as repeat calls do.
  const firstId = await logCall(db, logCallInput(0, 'E05005019'));
  const template = (await db.calls.get(firstId)) as LocalCall;
  let i = 1;
  const save = async () => {
    const t = now();
    await logCall(db, logCallInput(i++, 'E05005019'));
    return now() - t;
  };
  const put = async () => {
    const record: LocalCall = { ...template, id: uuidv7() };
    const t = now();
    await db.calls.put(record);
    return now() - t;
  };

  for (let w = 0; w < config.saveWarmup; w++) {
    await save();
    await put();
  }
  const saves: number[] = [];
  const puts: number[] = [];
  for (let n = 0; n < config.saves; n++) {
    if (n % 2 === 0) {
      saves.push(await save());
      puts.push(await put());
    } else {
      puts.push(await put());
      saves.push(await save());
    }
  }
  const outbox = await db.outbox.count();
  db.close();
  return [
    figureRow({
      id: '2',
      name: `Save a call offline (logCall, ${config.saves} saves)`,
      unit: 'ms',
      median: median(saves),
      p95: p95(saves),
      baseline: {
        name: 'bare Dexie put of the same stored call record',
        median: median(puts),
        p95: p95(puts),
        unit: 'ms',
      },
      ratio: median(saves) / median(puts),
      ratioMeaning: 'median logCall ÷ median bare put',
      goal: { op: '<=', value: 1.5, of: 'ratio', unit: 'x' },
      notes: [
        `logCall: median ${round(median(saves), 3)} ms, p95 ${round(p95(saves), 3)} ms; bare put: median ${round(median(puts), 3)} ms, p95 ${round(p95(puts), 3)} ms`,
        `${config.saveWarmup} warm-up rounds of each; interleaved, alternating order; outbox rows at the end: ${outbox}`,
        'fake-indexeddb in Node: absolute times are not a browser’s, the ratio is the figure',
      ],
    }),
  ];
}
