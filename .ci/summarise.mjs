// Prints one line per test layer for .ci/test-all and exits 1 if anything failed.
// Usage: node .ci/summarise.mjs <static.txt> <unit.json> <unitExitCode> <e2e.json> <e2eExitCode|skipped>
import { existsSync, readFileSync } from 'node:fs';

const [staticFile, unitJson, unitRc, e2eJson, e2eRc] = process.argv.slice(2);

function readJson(path) {
  if (!path || !existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

// A runner that exited non-zero without reporting a failed test (a file that
// would not load, a web server that would not start) still counts as one failure.
function atLeastOneIfExitFailed(failed, exitCode) {
  return exitCode !== '0' && failed === 0 ? 1 : failed;
}

const notes = [];

const staticRuns = readFileSync(staticFile, 'utf8').trim().split('\n').filter(Boolean);
const staticFailed = staticRuns.filter((line) => !line.endsWith(' 0'));
for (const line of staticFailed) notes.push(`static check failed: ${line.split(' ')[0]}`);
const staticLine = {
  passed: staticRuns.length - staticFailed.length,
  failed: staticFailed.length,
};

const unit = readJson(unitJson);
if (!unit && unitRc !== '0') notes.push('unit: Vitest wrote no report');
const unitLine = {
  passed: unit?.numPassedTests ?? 0,
  failed: atLeastOneIfExitFailed(
    (unit?.numFailedTests ?? 0) +
      (unit?.testResults ?? []).filter(
        (file) => file.status === 'failed' && file.assertionResults.length === 0,
      ).length,
    unitRc,
  ),
};

let e2eLine;
if (e2eRc === 'skipped') {
  notes.push('e2e: not run because the build failed');
  e2eLine = { passed: 0, failed: 1 };
} else {
  const e2e = readJson(e2eJson);
  if (!e2e && e2eRc !== '0') notes.push('e2e: Playwright wrote no report');
  for (const error of e2e?.errors ?? []) notes.push(`e2e: ${error.message?.split('\n')[0]}`);
  e2eLine = {
    passed: (e2e?.stats?.expected ?? 0) + (e2e?.stats?.flaky ?? 0),
    failed: atLeastOneIfExitFailed(e2e?.stats?.unexpected ?? 0, e2eRc),
  };
}

for (const note of notes) console.log(note);
const lines = { static: staticLine, unit: unitLine, e2e: e2eLine };
for (const [layer, { passed, failed }] of Object.entries(lines)) {
  console.log(`${layer}: ${passed} passed, ${failed} failed`);
}
process.exit(Object.values(lines).some((line) => line.failed > 0) ? 1 : 0);
