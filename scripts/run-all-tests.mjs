// `npm test`: every gate — the unit and component tests on one core while types, lint and the
// two builds take turns on the other, then the browser tests — then one closing line with the
// totals. Stops at the first failing gate, and says how long each took.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const reports = mkdtempSync(join(tmpdir(), 'restory-tests-'));
const unitReport = join(reports, 'vitest.json');
const e2eReport = join(reports, 'playwright.json');
// The app-update journey needs a second, different build; made once here, not inside a test.
const secondBuild = join(reports, 'build-b');
const TSC = 'node_modules/typescript-7/bin/tsc';

/**
 * Each step is one command, or lanes run side by side (a list of lists of commands, each lane in
 * order). tsc, ESLint and vitest (one worker on two cores) each keep one core busy, so the unit
 * tests run beside the types, lint and builds instead of after them.
 */
const steps = [
  [
    [
      [
        'Unit and component tests',
        'npx',
        [
          'vitest',
          'run',
          '--reporter=default',
          '--reporter=json',
          `--outputFile.json=${unitReport}`,
        ],
      ],
    ],
    [
      // TypeScript 7's native compiler (README); TypeScript 6 stays for typescript-eslint.
      ['Types', 'node', [TSC, '--noEmit', '-p', 'tsconfig.json']],
      ['Lint', 'npx', ['eslint', '.', '--max-warnings=0']],
      ['Build', 'npx', ['vite', 'build', '--logLevel', 'warn']],
      [
        'Second build (for the app-update test)',
        'npx',
        ['vite', 'build', '--outDir', secondBuild, '--emptyOutDir', '--logLevel', 'warn'],
        { RESTORY_BUILD: 'B' },
      ],
    ],
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

/** Runs a lane's commands in order, stopping at the first that fails. */
async function runLane(lane) {
  const results = [];
  for (const command of lane) {
    const result = await run(command);
    console.log(`  ${result.name}: ${result.ok ? 'passed' : 'FAILED'} in ${result.seconds} s`);
    results.push(result);
    if (!result.ok) break;
  }
  return results;
}

const started = Date.now();
let failedStep = null;
for (const step of steps) {
  const lanes = Array.isArray(step[0]) ? step : [[step]];
  console.log(
    `\n▶ ${lanes.map((lane) => lane.map(([name]) => name).join(', then ')).join(' + beside it: ')}`,
  );
  const results = (await Promise.all(lanes.map(runLane))).flat();
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
