/**
 * The one door from the client to the network (architecture.md: only
 * src/client/sync calls fetch). A Transport is `fetch`-shaped so tests can
 * pass the in-process server's `app.request` or a fault-injecting wrapper.
 * Every request carries `X-Protocol-Version`; errors come back as ApiError
 * with a string code the engine and screens turn into plain English.
 */
import { PROTOCOL_HEADER, PROTOCOL_VERSION, type HttpErrorCode } from '../../domain/sync-protocol';

export type Transport = (path: string, init: RequestInit) => Promise<Response> | Response;

/** The browser transport: same-origin cookies only, never cached. */
export const fetchTransport: Transport = (path, init) =>
  fetch(path, { ...init, credentials: 'same-origin', cache: 'no-store' });

let current: Transport = fetchTransport;

/** Tests and the app shell may swap the network (the in-process server, a fault injector). */
export function setSyncTransport(t: Transport): void {
  current = t;
}

/** The network door every client request goes through. */
export function getSyncTransport(): Transport {
  return current;
}

/**
 * Server codes (domain HTTP_ERROR_CODES) the engine and screens act on by
 * name. Any other code arrives as the code for its HTTP status, with the
 * server's own code kept in `serverCode`.
 */
const ACTED_ON = [
  'session_expired',
  'device_revoked',
  'client_user_mismatch',
  'upgrade_required',
  'rate_limited',
  'bad_credentials',
  'forbidden',
  'not_found',
  'too_large',
] as const satisfies readonly HttpErrorCode[];

export type ApiErrorCode =
  | (typeof ACTED_ON)[number]
  | Extract<HttpErrorCode, 'bad_request'>
  /** No answer at all: offline, DNS, connection dropped. */
  | 'network'
  /** 503 / 5xx: try again later. */
  | 'server_unavailable';

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly status: number,
    /** From Retry-After, when the server sent one. */
    readonly retryAfterMs?: number,
    /** Field errors from a 400 (admin forms). */
    readonly fields?: Record<string, string>,
    /** The server's own code when it is not one the engine acts on (e.g. `username_taken`). */
    readonly serverCode?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Worth trying again later with the same request. */
  get retryable(): boolean {
    return (
      this.code === 'network' || this.code === 'server_unavailable' || this.code === 'rate_limited'
    );
  }
}

/** Retry-After is either delta-seconds or an HTTP date. */
export function parseRetryAfter(
  value: string | null,
  nowMs: number = Date.now(),
): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

const KNOWN_CODES: ReadonlySet<string> = new Set(ACTED_ON);

function codeForStatus(status: number, bodyCode: string | undefined): ApiErrorCode {
  if (bodyCode && KNOWN_CODES.has(bodyCode)) return bodyCode as ApiErrorCode;
  if (status === 401) return 'session_expired';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 413) return 'too_large';
  if (status === 426) return 'upgrade_required';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'server_unavailable';
  return 'bad_request';
}

async function readBody(res: Response): Promise<unknown> {
  const text = await res.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The parsed body of an answer, or the ApiError it stands for. */
async function answerOf<T>(res: Response): Promise<T> {
  let body: unknown;
  try {
    body = await readBody(res);
  } catch {
    // The connection dropped while the answer was arriving: same as no answer.
    throw new ApiError('network', 'The connection dropped before the server answered.', 0);
  }
  if (res.ok) return body as T;
  const obj = (body ?? {}) as { code?: unknown; message?: unknown; fields?: unknown };
  const code = codeForStatus(res.status, typeof obj.code === 'string' ? obj.code : undefined);
  const message =
    typeof obj.message === 'string' ? obj.message : `The server answered ${res.status}.`;
  const fields =
    obj.fields && typeof obj.fields === 'object'
      ? (obj.fields as Record<string, string>)
      : undefined;
  const serverCode = typeof obj.code === 'string' ? obj.code : undefined;
  throw new ApiError(
    code,
    message,
    res.status,
    parseRetryAfter(res.headers.get('Retry-After')),
    fields,
    serverCode,
  );
}

export interface ApiRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
}

/** Sends one JSON request and returns the parsed body, or throws ApiError. */
export async function apiJson<T>(
  transport: Transport,
  path: string,
  req: ApiRequest = {},
): Promise<T> {
  const headers: Record<string, string> = {
    [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
    Accept: 'application/json',
  };
  if (req.body !== undefined) headers['Content-Type'] = 'application/json';
  let res: Response;
  try {
    res = await transport(path, {
      method: req.method ?? (req.body === undefined ? 'GET' : 'POST'),
      headers,
      body: req.body === undefined ? undefined : JSON.stringify(req.body),
      signal: req.signal,
    });
  } catch {
    // Offline, refused, or our own timeout fired: in every case the server's answer is unknown.
    throw new ApiError(
      'network',
      req.signal?.aborted ? 'The server did not answer in time.' : 'No connection to the server.',
      0,
    );
  }
  return answerOf<T>(res);
}

/**
 * Sends bytes (a photo with PUT, a spreadsheet with POST) and returns the
 * parsed JSON answer, or throws ApiError as apiJson does.
 */
export async function apiPutBytes<T>(
  transport: Transport,
  path: string,
  body: Blob,
  contentType: string,
  signal?: AbortSignal,
  method: 'PUT' | 'POST' = 'PUT',
): Promise<T> {
  let res: Response;
  try {
    res = await transport(path, {
      method,
      headers: {
        [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
        Accept: 'application/json',
        'Content-Type': contentType,
      },
      body,
      signal,
    });
  } catch {
    throw new ApiError(
      'network',
      signal?.aborted ? 'The server did not answer in time.' : 'No connection to the server.',
      0,
    );
  }
  return answerOf<T>(res);
}
