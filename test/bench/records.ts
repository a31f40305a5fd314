/**
 * Made-up records for the benchmark, valid against the shared schemas:
 * log-call inputs for the device repository, stored calls for seeding a
 * large device database, and create mutations for pushes. Deterministic
 * (a seeded generator) so two runs measure the same data.
 */
import type { CallInput } from '../../src/domain/schemas/call-input';
import { validCallInput } from '../factories/calls';
import type { BlindIndex } from '../../src/client/local-store/blind-index';
import { withDerived } from '../../src/client/local-store/derived';
import type { LocalAction, LocalCall } from '../../src/client/local-store/types';
import { uuidv7 } from '../../src/domain/ids';
import { SEED_CATEGORIES } from '../../src/domain/reference/categories';
import { SEVENOAKS_WARDS } from '../../src/domain/reference/wards';
import type { CallStatus } from '../../src/domain/schemas/calls';
import type { Mutation } from '../../src/domain/sync-protocol';

/** mulberry32: a tiny seeded generator, enough to spread wards and statuses. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(items: readonly T[], r: number): T => items[Math.floor(r * items.length)] as T;
const STREETS = ['High Street', 'London Road', 'Station Road', 'Church Lane', 'Caxton Close'];
/** Calls in the past year, so nothing is "in the future" for the repository or the server. */
const YEAR_MS = 365 * 24 * 60 * 60 * 1000;
const BASE_MS = Date.now() - 2 * YEAR_MS;

export const WARD_CODES = SEVENOAKS_WARDS.map((w) => w.code);

/** Mostly closed, as a district's history is; ward+status still leaves a full page of open calls. */
function statusFor(r: number): CallStatus {
  return r < 0.7 ? 'closed' : r < 0.85 ? 'open' : 'new';
}

export function logCallInput(
  i: number,
  wardCode = WARD_CODES[i % WARD_CODES.length] as string,
): CallInput {
  const at = new Date(BASE_MS + (i % 10_000) * 60_000);
  return validCallInput({
    receivedAt: at.toISOString(),
    incidentDate: at.toISOString().slice(0, 10),
    location: { wardCode },
    people: [],
    summary: `Group gathering by the garages most evenings (${i}).`,
  });
}

/** A call's data as a device sends it in a create mutation (no server-managed fields). */
export function wireCall(i: number, rnd: () => number): Record<string, unknown> {
  const at = new Date(BASE_MS + Math.floor(rnd() * YEAR_MS));
  return {
    receivedAt: at.toISOString(),
    incidentDate: at.toISOString().slice(0, 10),
    sourceAgencyId: 'kent-police',
    reporter: {
      anonymous: false,
      name: `Resident ${i}`,
      contact: '01732 000000',
      updateMethod: 'phone',
    },
    location: {
      locationId: uuidv7(),
      address: `${1 + (i % 200)} ${pick(STREETS, rnd())}`,
      wardCode: pick(WARD_CODES, rnd()),
    },
    people: [],
    categoryIds: [pick(SEED_CATEGORIES, rnd()).id],
    riskLevel: rnd() < 0.1 ? 'high' : 'standard',
    vulnerabilityFlags: [],
    summary: `Reported disturbance number ${i}, late in the evening.`,
    status: 'new',
  };
}

/** A call as the device stores it after sync (with derived index fields), for bulk seeding. */
export function storedCall(i: number, rnd: () => number, index: BlindIndex): LocalCall {
  const data = wireCall(i, rnd);
  const status = statusFor(rnd());
  const at = new Date(String(data.receivedAt)).toISOString();
  return withDerived(
    'calls',
    {
      ...data,
      id: uuidv7(Date.parse(at)),
      reference: `DT-${at.slice(0, 4)}-${String(i + 1).padStart(5, '0')}`,
      status,
      ...(status === 'closed'
        ? { closure: { reason: 'Resolved', closedAt: at, closedBy: 'bench-user' } }
        : {}),
      createdAt: at,
      createdBy: 'bench-user',
      updatedAt: at,
    } as unknown as LocalCall,
    index,
  );
}

export function storedAction(call: LocalCall, rnd: () => number): LocalAction {
  const done = call.status === 'closed' || rnd() < 0.5;
  return {
    id: uuidv7(),
    callId: call.id,
    text: 'Visit the address and speak to the reporter',
    agencyId: 'kent-police',
    dueDate: call.incidentDate,
    status: done ? 'done' : 'open',
    ...(done
      ? { completedAt: call.receivedAt, completedBy: 'bench-user', outcome: 'Visited' }
      : {}),
  };
}

export function createMutation(
  table: string,
  recordId: string,
  payload: Record<string, unknown>,
): Mutation {
  return {
    mutationId: uuidv7(),
    kind: 'create',
    table,
    recordId,
    payload,
    clientTime: new Date().toISOString(),
  };
}

/** `count` call creates, in batches of `batch`. */
export function callCreateBatches(count: number, batch: number, seed: number): Mutation[][] {
  const rnd = seeded(seed);
  const batches: Mutation[][] = [];
  for (let i = 0; i < count; i += batch) {
    const size = Math.min(batch, count - i);
    batches.push(
      Array.from({ length: size }, (_v, k) => {
        const id = uuidv7();
        return createMutation('calls', id, { ...wireCall(i + k, rnd), id });
      }),
    );
  }
  return batches;
}
