import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { SassString } from 'sass';
import { createLogger, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { configDefaults, defineConfig } from 'vitest/config';

// Test files never collected by Vitest: Playwright specs and benchmarks.
const NOT_VITEST = ['test/e2e/**', 'test/bench/**'];
// Tests that need a DOM (jsdom): any *.test.tsx (screens under test/client/), or *.dom.test.ts.
const DOM_TESTS = ['test/**/*.test.tsx', 'test/**/*.dom.test.ts'];
// Tests against PostgreSQL (*.pg.test.ts) need DATABASE_URL, which .ci/run sets to a throwaway
// cluster; a developer's `npm test` without it runs the SQLite side only.
const PG_TESTS = process.env.DATABASE_URL ? [] : ['test/**/*.pg.test.ts'];

// govuk-frontend keeps an IE11 hack (`@media screen and (min-width: 0\0)`) in the
// service navigation; lightningcss drops that one rule (errorRecovery) and warns.
// Silence exactly that warning so the build output stays meaningful.
const logger = createLogger();
const warn = logger.warn.bind(logger);
logger.warn = (msg, options) => {
  if (msg.includes('[lightningcss minify] Invalid media query') && msg.includes('min-width: 0')) {
    return;
  }
  warn(msg, options);
};

/**
 * Chromium fetches a page's favicon itself, outside the service worker, so
 * offline the precached /favicon.svg never answers it. The page carries the
 * icon inline instead; public/favicon.svg stays its one source.
 */
function inlineFavicon(): Plugin {
  const svg = readFileSync(new URL('./public/favicon.svg', import.meta.url), 'utf8').trim();
  const dataUrl = `data:image/svg+xml,${encodeURIComponent(svg)}`;
  return {
    name: 'csu-inline-favicon',
    transformIndexHtml: (html) => html.replace('href="/favicon.svg"', `href="${dataUrl}"`),
  };
}

export default defineConfig({
  customLogger: logger,
  plugins: [
    react(),
    inlineFavicon(),
    VitePWA({
      // The app shows its own "update available" prompt (src/client/pwa) and
      // registers the worker itself through virtual:pwa-register/react.
      registerType: 'prompt',
      injectRegister: false,
      // The icons are already precached by globPatterns below; adding them again duplicates entries.
      includeManifestIcons: false,
      manifest: {
        name: 'Community Safety Unit',
        short_name: 'CSU Tasking',
        description:
          'Daily tasking calls, visits, groups, enforcement and Community MARAC for the Community Safety Unit. Works offline.',
        lang: 'en-GB',
        theme_color: '#0b0c0c',
        background_color: '#ffffff',
        display: 'standalone',
        start_url: '/',
        scope: '/',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: '/icons/icon-512-maskable.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // Precache the app shell only. No runtimeCaching at all: /api/* is
        // network-only and no data travels through Workbox background sync
        // (design/sync.md, rule 6).
        globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  css: {
    // Required for govuk-frontend under Vite 8 (lightningcss rejects some of its CSS hacks).
    lightningcss: { errorRecovery: true },
    preprocessorOptions: {
      scss: {
        quietDeps: true,
        silenceDeprecations: ['import', 'global-builtin', 'color-functions', 'if-function'],
        // app.scss sets $govuk-image-url-function to this: the only image
        // govuk-frontend's CSS refers to is the crown crest in the footer,
        // which this service must not show.
        functions: {
          'app-no-image($filename)': () => new SassString('none', { quotes: false }),
        },
      },
    },
  },
  build: {
    // Plugin timing notices (vite-plugin-pwa's closeBundle is slow) are noise here.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  server: {
    proxy: { '/api': 'http://localhost:8080' },
  },
  test: {
    pool: 'forks',
    maxWorkers: 2,
    passWithNoTests: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          // test/domain, test/server, test/sync, test/local-store (and anything
          // else that is not a DOM test) run here.
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...NOT_VITEST, ...DOM_TESTS, ...PG_TESTS],
          setupFiles: ['test/setup/unit.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          // Screens sign in (PBKDF2) and sync against the in-process server: seconds, not
          // milliseconds, when the 2-core machine is busy. A timeout, never an assertion.
          testTimeout: 20_000,
          include: DOM_TESTS,
          exclude: [...configDefaults.exclude, ...NOT_VITEST],
          setupFiles: ['test/setup/dom.ts'],
        },
      },
    ],
  },
});
