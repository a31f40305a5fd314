/**
 * Talks to /api/auth/* (sync.md "Auth"). The session itself is an httpOnly
 * cookie the browser keeps; nothing here stores credentials.
 */
import type { LoginResponse, SessionUser } from '../../domain/sync-protocol';
import { ApiError, apiJson, type Transport } from './transport';

export interface LoginInput {
  username: string;
  password: string;
  deviceName: string;
}

export function login(transport: Transport, input: LoginInput): Promise<LoginResponse> {
  return apiJson<LoginResponse>(transport, '/api/auth/login', { method: 'POST', body: input });
}

/** Ends the server session. Offline it cannot, and the cookie simply expires later. */
export async function logout(transport: Transport): Promise<void> {
  await apiJson<unknown>(transport, '/api/auth/logout', { method: 'POST', body: {} });
}

export async function me(transport: Transport): Promise<SessionUser> {
  const body = await apiJson<{ user: SessionUser } | SessionUser>(transport, '/api/auth/me');
  return 'user' in body ? body.user : body;
}

function minutes(ms: number): string {
  const m = Math.max(1, Math.ceil(ms / 60_000));
  return m === 1 ? '1 minute' : `${m} minutes`;
}

/** What the sign-in page says when login fails. */
export function signInErrorMessage(err: unknown): string {
  if (!(err instanceof ApiError)) return 'Something went wrong. Try again.';
  switch (err.code) {
    case 'bad_credentials':
      return 'The username or password is not right. Check them and try again.';
    case 'rate_limited':
      return err.retryAfterMs
        ? `Too many attempts to sign in. Wait ${minutes(err.retryAfterMs)} and try again.`
        : 'Too many attempts to sign in. Wait a few minutes and try again.';
    case 'network':
      return 'You are offline. Signing in needs a connection: try again when you have signal or Wi-Fi.';
    case 'upgrade_required':
      return 'This version of the app is out of date. Reload the page to update it, then sign in.';
    case 'server_unavailable':
      return 'The server is not answering at the moment. Try again in a few minutes.';
    case 'forbidden':
      return 'Your account cannot sign in. Ask your system administrator.';
    default:
      return 'Signing in did not work. Try again, or ask your system administrator.';
  }
}
