/** Valid records and mutations for server tests (ids are fresh UUIDv7s). */
import { uuidv7 } from '../../src/domain/ids';
import { validCallRecord } from '../factories/calls';
import type {
  BaseRef,
  Mutation,
  MutationResult,
  PullResponse,
} from '../../src/domain/sync-protocol';
import type { TestServer } from './helpers';

export const newId = () => uuidv7();

/** A call as a device sends it (test/factories/calls.ts), received before the test clock's now (helpers.ts). */
export function callData(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return validCallRecord({
    receivedAt: '2026-03-02T09:00:00.000Z',
    incidentDate: '2026-03-01',
    ...overrides,
  });
}

export function actionData(
  callId: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    callId,
    text: 'Visit the address',
    agencyId: 'kent-police',
    dueDate: '2026-03-09',
    status: 'open',
    ...overrides,
  };
}

export function referralData(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    referringAgencyId: 'kent-police',
    referringOfficer: 'PCSO Smith',
    subjectType: 'person',
    subjectName: 'Subject Person',
    aliases: [],
    datesOfBirth: [],
    safeToCall: 'yes',
    criteria: ['asb'],
    riskLevel: 'medium',
    consent: { given: true },
    reason: 'Repeated incidents',
    agenciesInvolved: [],
    status: 'submitted',
    ...overrides,
  };
}

export function create(
  table: string,
  recordId: string,
  payload: Record<string, unknown>,
): Mutation {
  return {
    mutationId: newId(),
    kind: 'create',
    table,
    recordId,
    payload,
    clientTime: new Date().toISOString(),
  };
}

export function patch(
  table: string,
  recordId: string,
  payload: Record<string, unknown>,
  baseSeqs: Record<string, BaseRef>,
): Mutation {
  return {
    mutationId: newId(),
    kind: 'patch',
    table,
    recordId,
    payload,
    baseSeqs,
    clientTime: new Date().toISOString(),
  };
}

export function command(
  table: string,
  recordId: string,
  name: string,
  args: Record<string, unknown>,
): Mutation {
  return {
    mutationId: newId(),
    kind: 'command',
    table,
    recordId,
    payload: { name, args },
    clientTime: new Date().toISOString(),
  };
}

export function remove(table: string, recordId: string, baseSeq: BaseRef): Mutation {
  return {
    mutationId: newId(),
    kind: 'delete',
    table,
    recordId,
    payload: {},
    baseSeq,
    clientTime: new Date().toISOString(),
  };
}

export async function pushOk(
  server: TestServer,
  cookie: string,
  mutations: unknown[],
  clientId = 'client-1',
): Promise<MutationResult[]> {
  const res = await server.request(
    '/api/sync/push',
    { method: 'POST', json: { clientId, schemaVersion: 1, mutations } },
    cookie,
  );
  if (res.status !== 200) throw new Error(`push answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { results: MutationResult[] }).results;
}

export async function pushOne(
  server: TestServer,
  cookie: string,
  m: unknown,
  clientId?: string,
): Promise<MutationResult> {
  const [result] = await pushOk(server, cookie, [m], clientId);
  if (!result) throw new Error('no result');
  return result;
}

export async function pullPage(
  server: TestServer,
  cookie: string,
  cursor?: string,
  limit?: number,
): Promise<PullResponse> {
  const q = new URLSearchParams();
  if (cursor) q.set('cursor', cursor);
  if (limit) q.set('limit', String(limit));
  const res = await server.request(`/api/sync/pull?${q.toString()}`, {}, cookie);
  if (res.status !== 200) throw new Error(`pull answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as PullResponse;
}

/** Pulls every page from `cursor` and returns all changes and the last cursor. */
export async function pullAll(server: TestServer, cookie: string, cursor?: string, limit?: number) {
  const changes: PullResponse['changes'] = [];
  let next = cursor;
  for (let page = 0; page < 1000; page++) {
    const res = await pullPage(server, cookie, next, limit);
    if (res.reset) return { changes, cursor: res.cursor, reset: true };
    changes.push(...res.changes);
    next = res.cursor;
    if (!res.hasMore) return { changes, cursor: next, reset: false };
  }
  throw new Error('pull did not finish');
}
