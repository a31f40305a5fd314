/** `npm start` builds when needed: the PWA is built with vite when dist/index.html is missing. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function ensureClientBuilt(staticDir: string, mayBuild: boolean): void {
  if (existsSync(join(staticDir, 'index.html'))) return;
  if (!mayBuild) throw new Error(`No index.html in STATIC_DIR (${staticDir})`);
  console.log('The client is not built yet: running vite build…');
  const result = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('vite build failed');
}
