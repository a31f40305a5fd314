/**
 * The device bench page (`npm run bench`, figure `browser`): its own Vite
 * entry, built into dist-bench/ and never part of the app's build, so the
 * harness on `window.csuBench` can never reach a user's browser. It bundles
 * the app's real modules (repositories, sync engine, calls screens) the way
 * the app build does.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import app from '../../../vite.config';

export const BENCH_OUT_DIR = fileURLToPath(new URL('../../../dist-bench', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  logLevel: 'warn',
  plugins: [react()],
  css: app.css,
  build: {
    outDir: BENCH_OUT_DIR,
    emptyOutDir: true,
    // One page bundling the app's data layer and calls screens: size is not a figure here.
    chunkSizeWarningLimit: 5_000,
    // A CPU profile (BENCH_PROFILE) names functions only in an unminified build.
    minify: !process.env.BENCH_PROFILE,
    rolldownOptions: app.build?.rolldownOptions,
  },
});
