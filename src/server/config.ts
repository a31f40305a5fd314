/** Settings read from the environment by the entry points (main.ts, demo-main.ts). */
import { readFileSync } from 'node:fs';

export const DEFAULT_PORT = 8080;

export function appVersion(): string {
  try {
    const pkg = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
    ) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch (_err) {
    return '0.0.0';
  }
}

export function readPort(env: NodeJS.ProcessEnv): number {
  const raw = env.PORT;
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error('PORT must be a whole number from 0 to 65535');
  return port;
}

/** The interface to listen on: HOST, or loopback only, so nothing is reachable from the network unless asked. */
export const DEFAULT_HOST = '127.0.0.1';

export function readHost(env: NodeJS.ProcessEnv): string {
  const raw = env.HOST?.trim();
  return raw ? raw : DEFAULT_HOST;
}

/** TRUST_PROXY: how many proxies in front of the server append to X-Forwarded-For (0: none). */
export function readTrustProxyHops(env: NodeJS.ProcessEnv): number {
  const raw = env.TRUST_PROXY;
  if (raw === undefined || raw === '') return 0;
  const hops = Number(raw);
  if (!Number.isInteger(hops) || hops < 0 || hops > 10)
    throw new Error('TRUST_PROXY must be the number of trusted proxies, from 0 to 10');
  return hops;
}

/** PUBLIC_ORIGIN: the origin users reach the app on, e.g. https://csu.example (optional). */
export function readPublicOrigin(env: NodeJS.ProcessEnv): string | null {
  const raw = env.PUBLIC_ORIGIN?.trim();
  if (!raw) return null;
  const url = new URL(raw);
  return url.origin;
}
