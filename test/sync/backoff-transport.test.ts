import { describe, expect, it } from 'vitest';
import {
  backoffDelayMs,
  SYNC_RETRY_BASE_MS,
  SYNC_RETRY_CAP_MS,
} from '../../src/client/sync/backoff';
import {
  ApiError,
  apiJson,
  parseRetryAfter,
  type Transport,
} from '../../src/client/sync/transport';

describe('backoffDelayMs (full jitter)', () => {
  it('draws from 0 up to base × 2^attempt', () => {
    expect(backoffDelayMs(0, () => 0.999)).toBe(Math.floor(0.999 * SYNC_RETRY_BASE_MS));
    expect(backoffDelayMs(3, () => 0.5)).toBe(4 * SYNC_RETRY_BASE_MS);
    expect(backoffDelayMs(3, () => 0)).toBe(0);
  });

  it('never exceeds the five-minute cap', () => {
    expect(backoffDelayMs(40, () => 0.999999)).toBeLessThan(SYNC_RETRY_CAP_MS);
    expect(backoffDelayMs(40, () => 0.5)).toBe(SYNC_RETRY_CAP_MS / 2);
  });

  it('waits at least as long as the server asked (Retry-After)', () => {
    expect(backoffDelayMs(0, () => 0, 30_000)).toBe(30_000);
    expect(backoffDelayMs(10, () => 0.9, 1_000)).toBeGreaterThan(1_000);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('120')).toBe(120_000);
    const now = Date.parse('2026-03-05T12:00:00Z');
    expect(parseRetryAfter('Thu, 05 Mar 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});

function answering(status: number, body: unknown, headers: Record<string, string> = {}): Transport {
  return () => new Response(body === undefined ? null : JSON.stringify(body), { status, headers });
}

async function failure(transport: Transport): Promise<ApiError> {
  try {
    await apiJson(transport, '/api/x');
  } catch (err) {
    if (err instanceof ApiError) return err;
    throw err;
  }
  throw new Error('expected a failure');
}

describe('apiJson', () => {
  it('sends the protocol header and JSON body', async () => {
    let seen: RequestInit | undefined;
    const transport: Transport = (_path, init) => {
      seen = init;
      return Response.json({ ok: true });
    };
    expect(await apiJson(transport, '/api/x', { method: 'POST', body: { a: 1 } })).toEqual({
      ok: true,
    });
    expect(new Headers(seen?.headers).get('X-Protocol-Version')).toBe('1');
    expect(seen?.body).toBe('{"a":1}');
  });

  it('turns answers into codes the engine acts on', async () => {
    expect((await failure(answering(401, { code: 'device_revoked', message: 'x' }))).code).toBe(
      'device_revoked',
    );
    expect((await failure(answering(401, { code: 'session_expired', message: 'x' }))).code).toBe(
      'session_expired',
    );
    expect((await failure(answering(426, { code: 'upgrade_required', message: 'x' }))).code).toBe(
      'upgrade_required',
    );
    const busy = await failure(
      answering(503, { code: 'server_too_old', message: 'x' }, { 'Retry-After': '5' }),
    );
    expect(busy).toMatchObject({
      code: 'server_unavailable',
      retryAfterMs: 5_000,
      retryable: true,
    });
    expect((await failure(answering(502, undefined))).code).toBe('server_unavailable');
    const taken = await failure(answering(409, { code: 'username_taken', message: 'x' }));
    expect(taken).toMatchObject({ code: 'bad_request', serverCode: 'username_taken' });
    const fields = await failure(
      answering(400, { code: 'bad_request', message: 'x', fields: { name: 'Enter the name' } }),
    );
    expect(fields.fields).toEqual({ name: 'Enter the name' });
  });

  it('treats no answer as a network failure, never as an answer', async () => {
    const offline: Transport = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await failure(offline)).toMatchObject({ code: 'network', retryable: true });
    const cutOff: Transport = () =>
      new Response(new ReadableStream({ start: (c) => c.error(new Error('reset')) }), {
        status: 200,
      });
    expect((await failure(cutOff)).code).toBe('network');
  });
});
