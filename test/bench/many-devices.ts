/**
 * Figure 6: many devices pushing and pulling at once against the loopback
 * server. Each simulated device is one user with its own session cookie
 * and clientId. All devices first sign in (the client's real `login`) and
 * catch up to the server's head at once; then, all at once again, each
 * runs rounds of "push a batch of new calls, pull one page after its
 * cursor" through the client's `apiJson`, with the app's own request
 * timeouts. The latency figure is over those rounds. Devices speak the
 * wire protocol directly rather than each running a SyncEngine on
 * fake-indexeddb, so the latency measured is the server's, not the
 * bench's own IndexedDB work. Baseline: one device doing the same alone.
 * Afterwards a separate reader pulls everything and checks that every sent
 * call is on the server exactly once and nothing else arrived. Each phase
 * has a deadline.
 */
import { PULL_DEFAULT_LIMIT } from '../../src/domain/sync-protocol';
import type { BenchConfig } from './config';
import { figureRow, type FigureRow } from './report';
import { startPgServers } from './pg-servers';
import { startServer, type Backends, type LoopDelay } from './server-client';
import {
  deviceNames,
  newTally,
  openDevice,
  PUSH_ATTEMPTS,
  runRounds,
  serverCallIds,
  type Session,
} from './simulated-device';
import { now, percentile, round, summarize } from './stats';

const CROWD_DEADLINE_MS = 120_000;
const PG_PROCESSES = 2;
/**
 * The paced run: the same devices each start their rounds at a random moment
 * within this window, as real phones do (a sync on a timer, after a write,
 * when a tab becomes visible), instead of all in the same millisecond.
 */
const PACE_WINDOW_MS = 30_000;

/** Runs `work` with a deadline; returns whether it finished in time. */
async function withDeadline(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  const finished = await Promise.race([work.then(() => true as const), late]);
  clearTimeout(timer);
  return finished;
}

interface Target {
  origin: string | Backends;
  loopDelay(): Promise<LoopDelay>;
  stop(): Promise<void>;
}

/** Row ids and a name suffix for one store's run (SQLite: 6a–6d; PostgreSQL: 7a–7d). */
interface RunLabel {
  prefix: string;
  suffix: string;
}

const usersFor = (names: string[]) =>
  [...names, 'solo', 'reader'].map((username) => ({ username, roles: ['field' as const] }));

export async function measure(config: BenchConfig): Promise<FigureRow[]> {
  const names = deviceNames(config.devices);
  const server = await startServer({ db: config.db, users: usersFor(names) });
  return measureOn(config, names, server, { prefix: '6', suffix: '' });
}

/** The same load against PostgreSQL, through two server processes sharing the database. */
export async function measurePg(config: BenchConfig): Promise<FigureRow[]> {
  const names = deviceNames(config.devices);
  const group = await startPgServers(usersFor(names), PG_PROCESSES);
  return measureOn(config, names, group, {
    prefix: '7',
    suffix: `, PostgreSQL, ${PG_PROCESSES} server processes`,
  });
}

async function measureOn(
  config: BenchConfig,
  names: string[],
  server: Target,
  label: RunLabel,
): Promise<FigureRow[]> {
  try {
    const solo = newTally();
    const alone = await openDevice(server.origin, 'solo', solo);
    if (alone) await runRounds(alone, config, 1, solo);
    await server.loopDelay();

    // Everyone signs in and catches up at once, then everyone pushes and pulls at once.
    const crowd = newTally();
    const start = now();
    const opening = Promise.all(names.map((n) => openDevice(server.origin, n, crowd)));
    const opened = await withDeadline(opening, CROWD_DEADLINE_MS);
    const devices = opened ? (await opening).filter((d): d is Session => d !== undefined) : [];
    if (!opened)
      crowd.errors.push(`sign-in and catch-up did not finish within ${CROWD_DEADLINE_MS / 1000} s`);
    const openLoop = await server.loopDelay();
    const roundsStart = now();
    const rounds = Promise.all(devices.map((d, i) => runRounds(d, config, 100 + i, crowd)));
    if (!(await withDeadline(rounds, CROWD_DEADLINE_MS)))
      crowd.errors.push(`the rounds did not finish within ${CROWD_DEADLINE_MS / 1000} s`);
    const seconds = (now() - roundsStart) / 1000;
    const openSeconds = (roundsStart - start) / 1000;
    const roundsLoop = await server.loopDelay();

    // Paced: all devices still online together, their syncs spread over the window.
    const paced = newTally();
    const pacedRounds = Promise.all(
      devices.map(async (d, i) => {
        await new Promise((r) => setTimeout(r, Math.random() * PACE_WINDOW_MS));
        await runRounds(d, config, 1000 + i, paced);
      }),
    );
    if (!(await withDeadline(pacedRounds, PACE_WINDOW_MS + CROWD_DEADLINE_MS)))
      paced.errors.push('the paced rounds did not finish in time');
    const pacedLat = summarize([...paced.push, ...paced.pull]);

    const onServer = await serverCallIds(server.origin);
    const sent = [...solo.sentIds, ...crowd.sentIds, ...paced.sentIds];
    const sentSet = new Set(sent);
    const lost = sent.filter((id) => !onServer.has(id)).length;
    const duplicated =
      [...onServer.values()].filter((n) => n > 1).length + (sent.length - sentSet.size);
    const unanswered = new Set([...solo.unanswered, ...crowd.unanswered, ...paced.unanswered]);
    const unexpected = [...onServer.keys()].filter(
      (id) => !sentSet.has(id) && !unanswered.has(id),
    ).length;
    const unansweredStored = [...unanswered].filter((id) => onServer.has(id)).length;

    const requests = [...crowd.push, ...crowd.pull];
    const soloRequests = [...solo.push, ...solo.pull];
    const lat = summarize(requests);
    const soloP99 = percentile(soloRequests, 99);
    const errors = crowd.errors.length + crowd.notApplied + paced.errors.length + paced.notApplied;
    const who = `${config.devices} devices × ${config.deviceBatches} rounds (push ${config.deviceBatchSize} calls, pull a page of up to ${PULL_DEFAULT_LIMIT})`;
    const firstErrors = [...new Set(crowd.errors)].slice(0, 5);
    const causes = new Map<string, number>();
    for (const c of devices.flatMap((d) => d.transport.failures))
      causes.set(c, (causes.get(c) ?? 0) + 1);
    const causeText = [...causes].map(([c, n]) => `${c} ×${n}`).join(', ');
    return [
      figureRow({
        id: `${label.prefix}a`,
        name: `Request latency, ${config.devices} devices at once${label.suffix}`,
        unit: 'ms (p50)',
        median: lat.median,
        p95: lat.p95,
        p99: lat.p99,
        baseline: {
          name: 'p99 of one device doing the same alone',
          median: soloP99,
          unit: 'ms (p99)',
        },
        ratio: lat.p99 / soloP99,
        ratioMeaning: 'crowd p99 ÷ lone device p99',
        goal: { op: '<=', value: 250, of: 'p99', unit: 'ms' },
        notes: [
          `${who}; ${requests.length} push/pull requests in ${round(seconds, 1)} s, max ${round(lat.max)} ms; devices that took part: ${devices.length}`,
          `push p50 ${round(percentile(crowd.push, 50))} ms, p99 ${round(percentile(crowd.push, 99))} ms; pull p50 ${round(percentile(crowd.pull, 50))} ms, p99 ${round(percentile(crowd.pull, 99))} ms`,
          `server event-loop delay during the rounds: p50 ${roundsLoop.p50} ms, p99 ${roundsLoop.p99} ms, max ${roundsLoop.max} ms (sign-in and catch-up: max ${openLoop.max} ms)`,
          `before the timed rounds, all at once in ${round(openSeconds, 1)} s: sign-in (scrypt N=2^12 as in tests) p50 ${round(percentile(crowd.signIn, 50))} ms, p99 ${round(percentile(crowd.signIn, 99))} ms; catch-up pull p50 ${round(percentile(crowd.catchUp, 50))} ms, p99 ${round(percentile(crowd.catchUp, 99))} ms`,
        ],
      }),
      figureRow({
        id: `${label.prefix}d`,
        name: `Request latency, ${config.devices} devices syncing within ${PACE_WINDOW_MS / 1000} s${label.suffix}`,
        unit: 'ms (p50)',
        median: pacedLat.median,
        p95: pacedLat.p95,
        p99: pacedLat.p99,
        baseline: {
          name: 'p99 of one device doing the same alone',
          median: soloP99,
          unit: 'ms (p99)',
        },
        ratio: pacedLat.p99 / soloP99,
        ratioMeaning: 'paced p99 ÷ lone device p99',
        goal: { op: '<=', value: 250, of: 'p99', unit: 'ms' },
        notes: [
          `the same ${devices.length} devices, each starting its ${config.deviceBatches} rounds at a random moment within ${PACE_WINDOW_MS / 1000} s; errors ${paced.errors.length + paced.notApplied}`,
        ],
      }),
      figureRow({
        id: `${label.prefix}b`,
        name: `Errors under either load${label.suffix}`,
        unit: 'errors',
        median: errors,
        goal: { op: '<=', value: 0, of: 'median', unit: 'errors' },
        notes: [
          `failed requests ${crowd.errors.length} (failed pushes were sent again up to ${PUSH_ATTEMPTS} times with the same mutations: ${crowd.retries} retries, ${crowd.duplicates} replays answered duplicate), mutations rejected ${crowd.notApplied}`,
          ...firstErrors.map((e) => `e.g. ${e}`),
          ...(causeText ? [`below HTTP: ${causeText}`] : []),
        ],
      }),
      figureRow({
        id: `${label.prefix}c`,
        name: `Lost or duplicated records${label.suffix}`,
        unit: 'records',
        median: lost + duplicated + unexpected,
        goal: { op: '<=', value: 0, of: 'median', unit: 'records' },
        notes: [
          `answered calls ${sent.length}, on the server ${onServer.size}: lost ${lost}, duplicated ${duplicated}, unexpected ${unexpected} (a separate reader pulls everything and counts each id)`,
          `calls never answered after ${PUSH_ATTEMPTS} attempts: ${unanswered.size} (still queued on a real device, not lost), of which on the server: ${unansweredStored}`,
        ],
      }),
    ];
  } finally {
    await server.stop();
  }
}
