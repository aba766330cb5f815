// `npm test`: every gate in order — types and lint (side by side: one core each), unit and
// component tests, build, browser tests — then one closing line with the totals. Stops at the
// first failing gate, and says how long each took.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const reports = mkdtempSync(join(tmpdir(), 'restory-tests-'));
const unitReport = join(reports, 'vitest.json');
const e2eReport = join(reports, 'playwright.json');
// The app-update journey needs a second, different build; made once here, not inside a test.
const secondBuild = join(reports, 'build-b');

/** Each step is one command, or several run side by side (a list of steps). */
const steps = [
  [
    ['Types', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
    ['Lint', 'npx', ['eslint', '.', '--max-warnings=0']],
  ],
  [
    'Unit and component tests',
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`],
  ],
  ['Build', 'npx', ['vite', 'build']],
  [
    'Second build (for the app-update test)',
    'npx',
    ['vite', 'build', '--outDir', secondBuild, '--emptyOutDir', '--logLevel', 'warn'],
    { RESTORY_BUILD: 'B' },
  ],
  [
    'Browser tests',
    'npx',
    ['playwright', 'test', '--reporter=list,json'],
    { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport, E2E_SECOND_BUILD: secondBuild },
  ],
];

function run([name, command, args, env]) {
  const begun = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', () => resolve({ name, ok: false, seconds: 0 }));
    child.on('close', (code) =>
      resolve({ name, ok: code === 0, seconds: Math.round((Date.now() - begun) / 1000) }),
    );
  });
}

const started = Date.now();
let failedStep = null;
for (const step of steps) {
  const group = Array.isArray(step[0]) ? step : [step];
  console.log(`\n▶ ${group.map(([name]) => name).join(' + ')}`);
  const results = await Promise.all(group.map(run));
  for (const { name, ok, seconds } of results)
    console.log(`  ${name}: ${ok ? 'passed' : 'FAILED'} in ${seconds} s`);
  const failed = results.find((result) => !result.ok);
  if (failed) {
    failedStep = failed.name;
    break;
  }
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}
const unit = readJson(unitReport);
const e2e = readJson(e2eReport);
const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0) + (e2e?.stats?.flaky ?? 0);
const failed = (unit?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0);
const skipped =
  (unit?.numPendingTests ?? 0) + (unit?.numTodoTests ?? 0) + (e2e?.stats?.skipped ?? 0);
rmSync(reports, { recursive: true, force: true });

const seconds = Math.round((Date.now() - started) / 1000);
console.log(
  `\nUnit/component: ${unit?.numPassedTests ?? 0} passed; browser: ${(e2e?.stats?.expected ?? 0) + (e2e?.stats?.flaky ?? 0)} passed; ${seconds} s in all.`,
);
if (failedStep) console.log(`Failed at: ${failedStep}`);
console.log(
  `${passed} passed, ${failed + (failedStep && failed === 0 ? 1 : 0)} failed, ${skipped} skipped`,
);
process.exit(failedStep ? 1 : 0);
