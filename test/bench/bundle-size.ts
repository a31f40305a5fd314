/**
 * Figure 1: what the first screen downloads, gzipped. Builds the client
 * (into a temp folder, so a shared dist/ is left alone; BENCH_SKIP_BUILD=1
 * measures dist/ instead), then counts the entry script, modulepreload
 * links and stylesheets named in index.html, plus every chunk the entry
 * imports statically (from Vite's manifest, or from the entry chunk's
 * import statements when there is no manifest) and their CSS, plus the
 * lazily loaded chunk of the screen a new device opens on (sign-in) and its
 * static imports: the route is lazy, but the first screen cannot show without
 * it. Other lazy chunks are not counted. Baseline: all JS and CSS in the build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchConfig } from './config';
import { figureRow, type FigureRow } from './report';
import { round } from './stats';

const ROOT = process.cwd();
/** The route module a signed-out device shows first (src/client/features/auth/routes.tsx). */
const FIRST_ROUTE = 'src/client/features/auth/sign-in-page.tsx';
const KB = 1024;

interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
  isEntry?: boolean;
}

function build(outDir: string): void {
  // Vite's own CLI under this Node (npx would add npm's start-up and warnings).
  const res = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--manifest',
      '--logLevel',
      'warn',
    ],
    { cwd: ROOT, stdio: 'inherit', timeout: 300_000 },
  );
  if (res.status !== 0) throw new Error(`vite build failed (exit ${res.status ?? res.signal})`);
}

/** Asset paths (relative to the build folder) that index.html loads up front. */
export function htmlAssets(html: string): string[] {
  const found: string[] = [];
  const tag = /<(script|link)\b[^>]*>/gi;
  for (const m of html.matchAll(tag)) {
    const t = m[0];
    const attr = (name: string) =>
      new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(t)?.[1];
    const isScript = m[1]?.toLowerCase() === 'script' && attr('type') === 'module' && attr('src');
    const rel = attr('rel');
    const isLink = rel === 'modulepreload' || rel === 'stylesheet';
    const url = isScript ? attr('src') : isLink ? attr('href') : undefined;
    if (url && !/^[a-z]+:/i.test(url)) found.push(url.replace(/^\//, ''));
  }
  return found;
}

/** Static imports of a built ES module (not `import(...)`), relative to the build folder. */
export function staticImports(code: string, file: string): string[] {
  const out: string[] = [];
  const re = /(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
  for (const m of code.matchAll(re)) {
    const spec = m[1] as string;
    if (spec.startsWith('.')) out.push(posix.normalize(posix.join(posix.dirname(file), spec)));
    else if (spec.startsWith('/')) out.push(spec.slice(1));
  }
  return out;
}

function firstScreenFiles(dir: string): { files: string[]; via: string } {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files = new Set(htmlAssets(html));
  const manifestPath = join(dir, '.vite', 'manifest.json');
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<
      string,
      ManifestChunk
    >;
    const visit = (key: string, seen: Set<string>) => {
      const chunk = manifest[key];
      if (!chunk || seen.has(key)) return;
      seen.add(key);
      files.add(chunk.file);
      for (const css of chunk.css ?? []) files.add(css);
      for (const imp of chunk.imports ?? []) visit(imp, seen);
    };
    const seen = new Set<string>();
    for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key, seen);
    if (!manifest[FIRST_ROUTE]) throw new Error(`${FIRST_ROUTE} is not in the Vite manifest`);
    visit(FIRST_ROUTE, seen);
    return {
      files: [...files],
      via: `index.html + Vite manifest (static imports) + the lazy ${FIRST_ROUTE} chunk`,
    };
  }
  const queue = [...files].filter((f) => f.endsWith('.js'));
  while (queue.length) {
    const file = queue.shift() as string;
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    for (const dep of staticImports(readFileSync(path, 'utf8'), file))
      if (!files.has(dep)) {
        files.add(dep);
        queue.push(dep);
      }
  }
  return { files: [...files], via: 'index.html + import statements of the entry chunk' };
}

function allFiles(root: string, dir: string = root): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...allFiles(root, path));
    else out.push(relative(root, path).split('\\').join('/'));
  }
  return out;
}

const gzipBytes = (dir: string, file: string) =>
  gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;

export async function measure(config: BenchConfig): Promise<FigureRow[]> {
  const dist = join(ROOT, 'dist');
  const useDist = config.skipBuild && existsSync(join(dist, 'index.html'));
  const dir = useDist ? dist : mkdtempSync(join(os.tmpdir(), 'csu-bench-dist-'));
  try {
    if (!useDist) build(dir);
    const { files, via } = firstScreenFiles(dir);
    const counted = files.filter((f) => /\.(m?js|css)$/.test(f)).sort();
    const sizes = counted.map((f) => ({
      file: f,
      raw: statSync(join(dir, f)).size,
      gzip: gzipBytes(dir, f),
    }));
    const firstScreen = sizes.reduce((n, s) => n + s.gzip, 0) / KB;
    // The service worker and Workbox runtime load after the first screen, and are not the app's code.
    const everything = allFiles(dir).filter(
      (f) =>
        /\.(m?js|css)$/.test(f) && !/^(sw|workbox-[\w-]+)\.js$/.test(f) && !f.startsWith('.vite/'),
    );
    const total = everything.reduce((n, f) => n + gzipBytes(dir, f), 0) / KB;
    return [
      figureRow({
        id: '1',
        name: 'First-screen JS+CSS, gzip -9',
        unit: 'KB',
        median: firstScreen,
        baseline: {
          name: `all app JS+CSS in the build (${everything.length} files, gzip -9)`,
          median: total,
          unit: 'KB',
        },
        ratio: firstScreen / total,
        ratioMeaning: 'share of the app’s JS+CSS that the first screen loads',
        goal: { op: '<=', value: 150, of: 'median', unit: 'KB' },
        notes: [
          `KB = 1,024 bytes; built ${useDist ? 'dist/ as it was (BENCH_SKIP_BUILD=1)' : 'with `vite build --manifest` into a temp folder'}; found via ${via}`,
          ...sizes.map(
            (s) =>
              `counted ${s.file}: ${round(s.raw / KB, 1)} KB raw, ${round(s.gzip / KB, 1)} KB gzip`,
          ),
        ],
        details: { files: sizes },
      }),
    ];
  } finally {
    if (!useDist) rmSync(dir, { recursive: true, force: true });
  }
}
