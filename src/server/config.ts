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
