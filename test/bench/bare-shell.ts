/**
 * The bare React + Dexie shell the cold-start figures are compared with
 * (issue 10's My day; issue 9's sign-in reuses it): a tiny page of its own
 * (bare-shell/: React renders the rows of one Dexie table, a service worker
 * serves it offline), built and measured in the same run as the app.
 *
 *   buildBareShell()            builds it into dist-bench-shell/
 *   serveBareShell()            serves that folder on a loopback port
 *   measureBareShellColdStart() one offline cold start in a new browser process
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import {
  newProfile,
  offlineColdStart,
  waitForMark,
  waitForServiceWorker,
  withProfileBrowser,
} from './cold-start';

const SOURCE = fileURLToPath(new URL('./bare-shell', import.meta.url));
export const BARE_SHELL_DIR = fileURLToPath(new URL('../../dist-bench-shell', import.meta.url));
/** The element the shell's first render of its stored rows puts on screen. */
export const BARE_SHELL_RENDERED = '#bare-list li';

/** Builds the shell (production mode, like the app) into dist-bench-shell/. */
export async function buildBareShell(): Promise<string> {
  await build({
    configFile: false,
    root: SOURCE,
    base: '/',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: BARE_SHELL_DIR, emptyOutDir: true },
  });
  return BARE_SHELL_DIR;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

/** Serves the built shell on 127.0.0.1 (any free port). */
export async function serveBareShell(
  dir = BARE_SHELL_DIR,
): Promise<{ origin: string; stop: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * One offline cold start of the shell: a first browser process stores
 * `rows` rows and lets the service worker take the page; a second one, on
 * the same profile, offline and with the CPU slowed, opens it. Returns ms
 * from the navigation's start to the first render of the stored rows.
 */
export async function measureBareShellColdStart(
  origin: string,
  opts: { cpuSlowdown: number; rows: number },
): Promise<number> {
  const profile = newProfile();
  try {
    await withProfileBrowser(profile, async (page) => {
      await page.goto(`${origin}/`);
      await page.evaluate(
        (n) =>
          (
            window as unknown as { bareShell: { seed: (n: number) => Promise<void> } }
          ).bareShell.seed(n),
        opts.rows,
      );
      await waitForServiceWorker(page);
      await page.reload();
      await page.waitForSelector(BARE_SHELL_RENDERED);
    });
    const marks = await offlineColdStart(
      profile,
      `${origin}/`,
      { cpuSlowdown: opts.cpuSlowdown, marks: { rendered: BARE_SHELL_RENDERED } },
      (page) => waitForMark(page, 'rendered'),
    );
    return marks.rendered as number;
  } finally {
    profile.remove();
  }
}
