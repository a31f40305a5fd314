/**
 * Serves the built PWA (dist/) beside the API on the same port. Any GET
 * that is not /api and not a file gets index.html, so client-side routes
 * load. index.html, sw.js and the manifest are `no-cache` (a new release
 * must be seen at once); hashed files under assets/ never change.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from './deps';

const ALWAYS_REVALIDATE = /(^|\/)(index\.html|sw\.js|manifest\.webmanifest|registerSW\.js)$/;

function cacheControl(path: string): string {
  if (ALWAYS_REVALIDATE.test(path)) return 'no-cache';
  if (/(^|\/)assets\//.test(path)) return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

export function serveClient(app: Hono<AppEnv>, root: string): void {
  app.get(
    '*',
    serveStatic({
      root,
      onFound: (path, c) => {
        c.header('Cache-Control', cacheControl(path));
      },
    }),
  );
  app.get('*', async (c) => {
    const html = await readFile(join(root, 'index.html'), 'utf8');
    c.header('Cache-Control', 'no-cache');
    return c.html(html);
  });
}
