import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

// E2E_PORT lets several checkouts run their end-to-end suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);

// Debian's Chromium; Playwright's own browsers are never downloaded.
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// The demo server deletes and recreates DATA_DIR/demo.sqlite on every start,
// so a fixed folder still gives each run a fresh demo database.
const DATA_DIR = join(tmpdir(), `csu-e2e-${PORT}`);

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: 'list',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  // The real server (API and the built PWA on one port) on a fresh demo
  // database: run `vite build` first. offline.spec.ts starts its own server
  // (test/e2e/server.ts) because it must stop it mid-test.
  webServer: {
    command: 'npx tsx src/server/demo-main.ts',
    url: `http://localhost:${PORT}/api/health`,
    env: { PORT: String(PORT), DATA_DIR, STATIC_DIR: 'dist', DEMO_PASSWORD: 'demo-password' },
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
