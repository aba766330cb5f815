// The app at a service's scale (issue 17, point 3): 50 people, 500 conversations (8 steps × 3
// pictures, feelings with drawings, bubbles), 500 incidents, 5,000 cards, 300 photos of 200 KB.
// The records are made by tests/scale/service-scale.test.ts as a backup file, which Chromium
// restores through Settings ("Replace") as staff would; then, offline with the service worker:
// a cold start to an interactive People list, opening a person, a finished conversation's
// summary and a storyboard, and "Back up now" of everything — each a median of 3, with the
// JavaScript heap after it. Used by `npm run bench` (bench.mjs).
import { execSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dragFigures, touchPage } from './bench-drag.mjs';
import { watchLoadToShown, watchPressTo, watchPressToShown } from './bench-in-page.mjs';
import { RUNS, serviceScaleLines } from './bench-scale-lines.mjs';

export { serviceScaleLines };

const PIN = '2468';
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mb = (bytes) => bytes / (1024 * 1024);

/** Writes the service's backup with the app's own code (in Node, on fake-indexeddb). */
function makeServiceBackup(file) {
  execSync('npx vitest run --project logic tests/scale/service-scale.test.ts', {
    env: { ...process.env, RESTORY_SCALE_BACKUP: file },
    stdio: 'ignore',
  });
}

async function heapMb(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return mb(usedSize);
}

/** Runs `step` on a fresh offline tab RUNS times; the median time and the heap after the last. */
async function timed(context, base, step) {
  const times = [];
  let heap = 0;
  for (let i = 0; i < RUNS; i += 1) {
    const page = await context.newPage();
    times.push(await step(page, base));
    if (i === RUNS - 1) heap = await heapMb(page);
    await page.close();
  }
  return { ms: median(times), heap };
}

/** Leaves Together with the staff PIN, so the next run starts from the person's page. */
async function leaveTogether(page) {
  await page.getByRole('button', { name: 'Staff', exact: true }).click();
  await page.getByLabel('PIN', { exact: true }).fill(PIN);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await page.getByRole('button', { name: 'Staff', exact: true }).waitFor({ state: 'hidden' });
}

/**
 * A fresh tab opened on the app, offline, to the first painted frame of the People list with
 * "Person 1" on it: timed in the page from the start of the navigation.
 */
async function coldStart(page, base) {
  const shown = await watchLoadToShown(page, { link: 'Person 1' });
  await page.goto(base);
  await page.getByRole('link', { name: 'Person 1', exact: true }).waitFor();
  return shown();
}

/** A conversation's summary link on a person's page, as the page's own code finds it. */
const SUMMARY_LINK = 'a[aria-label^="Summary of the conversation"]';

/**
 * "Person 1" on the People list, pressed two seconds after the list showed (as long as staff take
 * to find a name among 50), to the first painted frame with their conversations. Timed in the page.
 */
async function pressPerson(page) {
  await page.waitForTimeout(2000);
  const shown = await watchPressTo(page, { selector: SUMMARY_LINK });
  await page.getByRole('link', { name: 'Person 1', exact: true }).click();
  const ms = await shown();
  await page.getByRole('heading', { name: 'Person 1', level: 1 }).waitFor();
  return ms;
}

async function openPerson(page, base) {
  await coldStart(page, base);
  return pressPerson(page);
}

async function openSummary(page, base) {
  await page.goto(`${base}/people/scale-person-0`);
  await page
    .getByRole('link', { name: /^Summary of the conversation/ })
    .first()
    .waitFor();
  const start = Date.now();
  await page
    .getByRole('link', { name: /^Summary of the conversation/ })
    .first()
    .click();
  await page.getByRole('listitem', { name: 'Step 8', exact: true }).waitFor();
  return Date.now() - start;
}

/** The eighth step of the story, as the page's own code finds it (watchPressTo). */
const EIGHTH_STEP = 'ol[aria-label="Story"] > li[aria-label="Step 8"]';

/**
 * "Carry on" from the person's page, a second after it showed (as long as staff take to find the
 * button), to the first painted frame with the story's eighth step. Timed in the page.
 */
async function carryOnToStory(page) {
  const carryOn = page.getByRole('link', { name: 'Carry on', exact: true });
  await carryOn.waitFor();
  await page.waitForTimeout(1000);
  const shown = await watchPressTo(page, { selector: EIGHTH_STEP });
  await carryOn.click();
  const ms = await shown();
  const story = page.getByRole('list', { name: 'Story', exact: true });
  await story.getByRole('listitem', { name: 'Step 8', exact: true }).waitFor();
  // Leaves Together again, so the next run starts from the person's page.
  await leaveTogether(page);
  return ms;
}

async function openStoryboard(page, base) {
  await page.goto(`${base}/people/scale-person-0`);
  return carryOnToStory(page);
}

/** "Add step" in a storyboard at full scale, from the tap to the new step on screen (stored). */
async function saveStoryEdit(page) {
  await page.getByRole('link', { name: 'Carry on', exact: true }).click();
  const story = page.getByRole('list', { name: 'Story', exact: true });
  await story.getByRole('listitem', { name: 'Step 8', exact: true }).waitFor();
  const steps = await story.getByRole('listitem', { name: /^Step \d+$/ }).count();
  const start = Date.now();
  await page.getByRole('button', { name: 'Add step', exact: true }).click();
  await story.getByRole('listitem', { name: `Step ${steps + 1}`, exact: true }).waitFor();
  const ms = Date.now() - start;
  await leaveTogether(page);
  return ms;
}

/** Runs `measure` `runs` times; each count the highest of the runs (the worst drag). */
async function worstOf(runs, measure) {
  const all = [];
  for (let i = 0; i < runs; i += 1) all.push(await measure());
  const worst = (key) => Math.max(...all.map((figures) => figures[key]));
  return Object.fromEntries(Object.keys(all[0]).map((key) => [key, worst(key)]));
}

/** One 3-second finger drag in the storyboard at full scale, on a touch screen (bench-drag.mjs). */
async function dragOnce(context, base) {
  const { page, cdp } = await touchPage(context);
  // Another person's story, so the steps it adds leave the one timed with protection as it was.
  await openPersonPage(page, base, 'scale-person-1');
  await page.getByRole('link', { name: 'Carry on', exact: true }).click();
  const story = page.getByRole('list', { name: 'Story', exact: true });
  await story.getByRole('listitem', { name: 'Step 8', exact: true }).waitFor();
  const figures = await dragFigures(page, cdp);
  await leaveTogether(page);
  await page.close();
  return figures;
}

async function openPersonPage(page, base, personId = 'scale-person-0') {
  await page.goto(`${base}/people/${personId}`);
  await page.getByRole('link', { name: 'Carry on', exact: true }).waitFor();
}

const PASSCODE = 'copper kettle at dawn';

/**
 * Opens a protected tablet's app: staff type the passcode (10 characters a second; the app reads
 * the sealed records meanwhile), then the time from pressing "Unlock" to the first frame that
 * shows the People list, which opens every record but media (decision 2). Timed in the page:
 * Playwright's waits poll at up to 500 ms, longer than the differences measured here.
 */
async function unlock(page, base) {
  page.on('console', (message) => {
    if (message.type() === 'error') console.error('page:', message.text().slice(0, 300));
  });
  page.on('pageerror', (error) => console.error('page error:', error.message.slice(0, 300)));
  await page.goto(base);
  await page.getByLabel('Passcode', { exact: true }).pressSequentially(PASSCODE, { delay: 100 });
  const shown = await watchPressToShown(page, 'Person 1');
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  const ms = await shown();
  await page.getByRole('link', { name: 'Person 1', exact: true }).waitFor({ timeout: 600_000 });
  return ms;
}

/** The same steps with protection on: each page starts locked and is unlocked first. */
const inApp = {
  person: async (page, base) => {
    await unlock(page, base);
    return pressPerson(page);
  },
  storyboard: async (page, base) => {
    await unlock(page, base);
    await page.getByRole('link', { name: 'Person 1', exact: true }).click();
    return carryOnToStory(page);
  },
  saveEdit: async (page, base) => {
    await unlock(page, base);
    await page.getByRole('link', { name: 'Person 1', exact: true }).click();
    return saveStoryEdit(page);
  },
};

/** Turns protection on through Settings, as staff would; the time until every row is sealed. */
async function protect(context, base) {
  const page = await context.newPage();
  await page.goto(`${base}/settings`);
  await page.getByLabel('Passcode', { exact: true }).fill(PASSCODE);
  await page.getByLabel('Confirm passcode', { exact: true }).fill(PASSCODE);
  await page.getByRole('button', { name: 'Protect with a passcode', exact: true }).click();
  await page
    .getByRole('checkbox', { name: 'I have saved the recovery key somewhere safe' })
    .check();
  const start = Date.now();
  await page.getByRole('button', { name: 'Start protecting', exact: true }).click();
  await page.getByText('The records on this tablet are protected with a passcode.').waitFor();
  await page.getByRole('progressbar').waitFor({ state: 'detached', timeout: 900_000 });
  const ms = Date.now() - start;
  await page.close();
  return ms;
}

/** The staff version of a plan with 30 items and 10 versions, from opening it to a PDF of it. */
async function printPlan(page, base) {
  await page.goto(`${base}/people/scale-person-0/plan`);
  await page.getByRole('link', { name: 'Staff version', exact: true }).waitFor();
  const start = Date.now();
  await page.getByRole('link', { name: 'Staff version', exact: true }).click();
  await page.getByRole('heading', { name: 'Version history' }).waitFor();
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ format: 'A4' });
  return Date.now() - start;
}

/** An 8-page story, from opening "Print" to an A4 PDF of it, one page per sheet; and its size. */
async function printStory(page, base) {
  await page.goto(`${base}/stories/scale-person-0-story-0`);
  await page.getByRole('button', { name: 'Print', exact: true }).waitFor();
  const start = Date.now();
  await page.getByRole('button', { name: 'Print', exact: true }).click();
  await page.getByRole('heading', { name: /^Print / }).waitFor();
  await page.getByText('8', { exact: true }).waitFor();
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  const ms = Date.now() - start;
  printedStoryKb = pdf.length / 1024;
  return ms;
}
let printedStoryKb = 0;

/** Restores the service, then measures it offline; returns the figures. */
export async function serviceScaleFigures(browser, base) {
  const dir = mkdtempSync(join(tmpdir(), 'restory-scale-'));
  const file = join(dir, 'service.zip');
  const context = await browser.newContext({ acceptDownloads: true });
  try {
    makeServiceBackup(file);
    const bytes = statSync(file).size;
    const page = await context.newPage();
    await page.goto(`${base}/settings`);
    // The worker stores the app before going offline works.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const startRestore = Date.now();
    await page.getByLabel('Backup file').setInputFiles(file);
    await page.getByRole('button', { name: 'Replace', exact: true }).click({ timeout: 300_000 });
    await page.getByRole('button', { name: 'Yes, replace' }).click();
    await page.getByText('Done. This tablet now holds the backup.').waitFor({ timeout: 600_000 });
    const restoreMs = Date.now() - startRestore;

    const startExport = Date.now();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 600_000 }),
      page.getByRole('button', { name: 'Back up now' }).click(),
    ]);
    await download.saveAs(join(dir, 'export.zip'));
    const exportMs = Date.now() - startExport;
    const exported = statSync(join(dir, 'export.zip')).size;

    const pin = page.getByRole('region', { name: 'Staff PIN', exact: true });
    await pin.getByLabel('New PIN', { exact: true }).fill(PIN);
    await pin.getByLabel('Confirm PIN', { exact: true }).fill(PIN);
    await pin.getByRole('button', { name: 'Save PIN', exact: true }).click();
    await pin.getByText('The PIN is saved.', { exact: true }).waitFor({ timeout: 60_000 });
    await page.close();

    await context.setOffline(true);
    const figures = {
      backupMb: mb(bytes),
      restoreMs,
      exportMs,
      exportedMb: mb(exported),
      coldStart: await timed(context, base, coldStart),
      person: await timed(context, base, openPerson),
      summary: await timed(context, base, openSummary),
      storyboard: await timed(context, base, openStoryboard),
      saveEdit: await timed(context, base, async (each) => {
        await openPersonPage(each, base);
        return saveStoryEdit(each);
      }),
      printPlan: await timed(context, base, printPlan),
      printStory: await timed(context, base, printStory),
      printedStoryKb,
      drag: await worstOf(RUNS, () => dragOnce(context, base)),
    };
    // The same tablet with "Protect with a passcode" on (issue 16, point 6).
    const protectMs = await protect(context, base);
    return {
      ...figures,
      protected: {
        protectMs,
        unlock: await timed(context, base, unlock),
        person: await timed(context, base, inApp.person),
        storyboard: await timed(context, base, inApp.storyboard),
        saveEdit: await timed(context, base, inApp.saveEdit),
      },
    };
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { chromium } = await import('@playwright/test');
  const { default: settings } = await import('./chromium.json', { with: { type: 'json' } });
  const port = 4195;
  const server = spawn('npx', ['vite', 'preview', '--port', String(port)], {
    stdio: 'ignore',
    detached: true,
  });
  await new Promise((r) => setTimeout(r, 3000));
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? settings.executablePath,
    args: settings.args,
  });
  try {
    const figures = await serviceScaleFigures(browser, `http://127.0.0.1:${port}`);
    for (const text of serviceScaleLines(figures)) console.log(text);
  } finally {
    await browser.close();
    process.kill(-server.pid);
  }
}
