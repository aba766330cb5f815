// The whole symbol set (issue 14): how much the tablet keeps for offline use and how soon after a
// first visit, and how fast "Find a picture" answers on the full set, offline, in four languages
// — from a typed word to the pictures on screen, measured in the page; and how long "Import
// board" takes for a 100-board package. Used by bench.mjs.
import { execSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const RUNS = 5;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const QUERIES = [
  { language: 'English', words: ['hand', 'angry', 'school', 'dog', 'rain'] },
  { language: 'Español', words: ['enfadado', 'Enfadada', 'mano', 'escuela', 'perro'] },
  { language: 'Cymraeg', words: ['dig', 'llaw', 'ci', 'ysgol', 'glaw'] },
  { language: 'العربية', words: ['غاضب', 'يد', 'كلب', 'مدرسة', 'مطر'] },
];

/** The set's files in dist/symbols/set: bytes as served and as gzip would send them. */
function setFiles(dist) {
  const folder = new URL('symbols/set/', dist);
  let raw = 0;
  let gzip = 0;
  for (const name of readdirSync(folder)) {
    const bytes = readFileSync(new URL(name, folder));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

/** Empties "Search pictures" (the status goes blank). */
async function clearQuery(page) {
  await page.getByRole('searchbox', { name: 'Search pictures' }).fill('');
}

/** Types `word` into "Search pictures" and times it until the answer is on screen (next frame). */
function timeQuery(page, word) {
  return page.evaluate(
    (typed) =>
      new Promise((resolve) => {
        const field = document.querySelector('input[type="search"]');
        const status = document.querySelector('.symbol-finder__status');
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
        const start = performance.now();
        setValue.call(field, typed);
        field.dispatchEvent(new Event('input', { bubbles: true }));
        const check = () => {
          const text = status?.textContent ?? '';
          if (/found/.test(text) && !/Getting/.test(text)) resolve(performance.now() - start);
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    word,
  );
}

export async function symbolSetFigures(browser, base, dist) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  try {
    const page = await context.newPage();
    const start = Date.now();
    await page.goto(base);
    await page.getByRole('heading', { name: 'People' }).waitFor();
    const kept = () =>
      page.evaluate(async () => (await (await caches.open('restory-symbol-set')).keys()).length);
    for (let waited = 0; (await kept()) < 9; waited += 100) {
      if (waited > 120_000) throw new Error('The symbol set was not kept within 2 minutes');
      await page.waitForTimeout(100);
    }
    const keptMs = Date.now() - start;
    await context.setOffline(true);
    await page.goto(`${base}/library`);
    await page.getByRole('heading', { name: 'Find a picture' }).waitFor();
    const search = [];
    for (const { language, words } of QUERIES) {
      await page.getByLabel('Words in').selectOption({ label: language });
      await clearQuery(page);
      const first = await timeQuery(page, words[0]);
      const times = [];
      for (let run = 0; run < RUNS; run += 1) {
        await clearQuery(page);
        times.push(await timeQuery(page, words[run % words.length]));
      }
      search.push({ language, first, ms: median(times) });
    }
    return { files: setFiles(dist), keptMs, search };
  } finally {
    await context.close();
  }
}

export function symbolSetLines({ files, keptMs, search }) {
  const mb = (bytes) => (bytes / (1024 * 1024)).toFixed(1);
  return [
    `Whole symbol set (4,495 symbols): 4 packs + 5 words files, ${mb(files.raw)} MB kept on the tablet (${mb(files.gzip)} MB gzip to send), all kept ${keptMs} ms after a first visit began`,
    `Find a picture on the full set, offline (typed word to pictures on screen; median of ${RUNS}, after the language's first search, which loads and indexes its words):`,
    ...search.map(
      ({ language, first, ms }) =>
        `  ${language}: ${ms.toFixed(1)} ms (first search ${first.toFixed(0)} ms)`,
    ),
  ];
}

/** Writes the 100-board package with the fixture's own code (tests/scale/hundred-boards.test.ts). */
function makeHundredBoards(file) {
  execSync('npx vitest run --project logic tests/scale/hundred-boards.test.ts', {
    env: { ...process.env, RESTORY_OBZ_OUT: file },
    stdio: 'ignore',
  });
}

/** "Import board" of a 100-board package (2,400 buttons) until it says it is stored; median of 3. */
export async function boardImportFigures(browser, base) {
  const dir = mkdtempSync(join(tmpdir(), 'restory-obz-'));
  const file = join(dir, 'hundred.obz');
  try {
    makeHundredBoards(file);
    const times = [];
    let storedMb = 0;
    for (let run = 0; run < 3; run += 1) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(`${base}/library`);
      await page.getByRole('heading', { name: 'Boards from other apps' }).waitFor();
      const start = Date.now();
      await page.getByLabel('Import board').setInputFiles(file);
      await page.getByText(/^Imported 100 boards/).waitFor({ timeout: 120_000 });
      times.push(Date.now() - start);
      storedMb = await page.evaluate(async () => (await navigator.storage.estimate()).usage / 2 ** 20);
      await context.close();
    }
    return { ms: median(times), fileKb: statSync(file).size / 1024, storedMb };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const boardImportLine = ({ ms, fileKb, storedMb }) =>
  `Import board: a 100-board package (${fileKb.toFixed(0)} KB, 2,400 buttons, pictures by path) read and stored in ${ms} ms (median of 3); the tablet's storage then ${storedMb.toFixed(1)} MB`;
