/**
 * Figure I1 (issue 14, Performance): importing a 10,000-row CSV of
 * historical calls end to end: the file sent over loopback HTTP to the real
 * server (a separate process), parsed, every row checked, and written in one
 * transaction through the record writer. Rows per second over the whole
 * request, median of three runs, each with fresh references.
 */
import { apiPutBytes } from '../../src/client/sync/transport';
import type { BenchConfig } from './config';
import { figureRow, type FigureRow } from './report';
import { signIn, startServer } from './server-client';
import { median, now } from './stats';

const RUNS = 3;
const HEADER =
  'reference,received date,ward,categories,anonymous,status,closed date,resident updated date,summary';

function csv(rows: number, year: number): string {
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    const d = String(1 + (i % 28)).padStart(2, '0');
    const m = String(1 + (i % 12)).padStart(2, '0');
    const closed = i % 2 === 0;
    lines.push(
      `DT-${year}-${String(i + 1).padStart(5, '0')},${year}-${m}-${d},Swanley St Mary's,Noise;Rowdy behaviour,${i % 5 === 0 ? 'yes' : 'no'},${closed ? 'closed' : 'open'},${closed ? `${year}-${m}-${d}` : ''},${closed && i % 5 !== 0 ? `${year}-${m}-${d}` : ''},"Music and shouting from the flats, call ${i}"`,
    );
  }
  return lines.join('\r\n');
}

export async function measure(config: BenchConfig): Promise<FigureRow[]> {
  const rows = config.quick ? 1_000 : 10_000;
  const server = await startServer({
    db: config.db,
    users: [{ username: 'importer', roles: ['chair'] }],
  });
  try {
    const { transport } = await signIn(server.origin, 'importer');
    const rates: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const body = new Blob([csv(rows, 2015 + run)], { type: 'text/csv' });
      const start = now();
      const answer = await apiPutBytes<{ imported: number }>(
        transport.send,
        '/api/import/calls?mode=all',
        body,
        'text/csv',
        undefined,
        'POST',
      );
      const seconds = (now() - start) / 1000;
      if (answer.imported !== rows) throw new Error(`imported ${answer.imported} of ${rows}`);
      rates.push(rows / seconds);
    }
    return [
      figureRow({
        id: 'I1',
        name: `Import ${rows.toLocaleString('en-GB')} CSV rows of calls over HTTP, one transaction`,
        unit: 'rows/s',
        median: median(rates),
        range: { min: Math.min(...rates), max: Math.max(...rates) },
        goal: { op: '>=', value: 2000, of: 'median', unit: 'rows/s' },
        notes: [
          `${RUNS} runs; server SQLite: ${config.db === 'file' ? 'temp file (WAL)' : 'in memory'}`,
        ],
      }),
    ];
  } finally {
    await server.stop();
  }
}
