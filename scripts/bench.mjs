// `npm run bench`: builds the app and prints size and speed figures (not pass/fail tests).
// Figures: initial JavaScript (raw and gzip), precache count and size, and in Chromium the time
// from navigation to the People heading, from a tap to a stored, shown picture, and the speed of
// "Back up now" and of a Replace restore with 100 MB of pictures on the tablet; and the whole
// corpus of mangled backups (the test suite tries a sample of it); and Lighthouse on a tablet
// profile against a bare reference page (bench-lighthouse.mjs); and the app holding a service's
// records, offline (bench-scale.mjs).
import { execSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { libraryScaleFigures, libraryScaleLines } from './bench-library.mjs';
import { lighthouseFigures, lighthouseLines } from './bench-lighthouse.mjs';
import { serviceScaleFigures, serviceScaleLines } from './bench-scale.mjs';
import {
  boardImportFigures,
  boardImportLine,
  symbolSetFigures,
  symbolSetLines,
} from './bench-symbols.mjs';
import chromiumSettings from './chromium.json' with { type: 'json' };

const dist = new URL('../dist/', import.meta.url);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

execSync('npx vite build', { stdio: 'ignore' });

function initialJavaScript() {
  const html = readFileSync(new URL('index.html', dist), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  let raw = 0;
  let gzip = 0;
  for (const file of new Set(files)) {
    const bytes = readFileSync(new URL(file, dist));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: new Set(files).size, raw, gzip };
}

function precache() {
  const sw = readFileSync(new URL('sw.js', dist), 'utf8');
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
  const bytes = urls.reduce((sum, url) => sum + statSync(new URL(url, dist)).size, 0);
  // What a first visit sends before the app works offline, each file gzipped as a server would.
  const gzip = urls.reduce(
    (sum, url) => sum + gzipSync(readFileSync(new URL(url, dist)), { level: 9 }).length,
    0,
  );
  return { count: urls.length, bytes, gzip };
}

async function inBrowser() {
  const port = 4190;
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { stdio: 'ignore', detached: true },
  );
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? chromiumSettings.executablePath,
    args: chromiumSettings.args,
  });
  try {
    const firstScreen = [];
    for (let run = 0; run < 5; run += 1) {
      const context = await browser.newContext({
        viewport: { width: 1024, height: 768 },
        serviceWorkers: 'block',
      });
      const page = await context.newPage();
      const start = Date.now();
      await page.goto(base);
      await page.getByRole('heading', { name: 'People' }).waitFor();
      firstScreen.push(Date.now() - start);
      await context.close();
    }
    const context = await browser.newContext({
      viewport: { width: 1024, height: 768 },
      hasTouch: true,
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    await page.goto(base);
    await page.getByRole('textbox', { name: 'Name' }).fill('Bench');
    await page.getByRole('button', { name: 'Add person' }).click();
    await page.getByRole('button', { name: 'Start together' }).click();
    // A fresh tablet has no staff PIN: Together asks for one first.
    await page.getByLabel('New PIN', { exact: true }).fill('2468');
    await page.getByLabel('Confirm PIN', { exact: true }).fill('2468');
    await page.getByRole('button', { name: 'Save PIN and start' }).click();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    const tray = page.getByRole('region', { name: 'Pictures' });
    await tray.getByRole('button', { name: 'child', exact: true }).waitFor();
    const place = [];
    for (let i = 0; i < 15; i += 1) {
      const before = await page
        .getByRole('listitem', { name: 'Step 1' })
        .getByRole('listitem')
        .count();
      const start = Date.now();
      await tray.getByRole('button', { name: 'child', exact: true }).click();
      await page.getByRole('button', { name: 'Put child in step 1' }).click();
      await page
        .getByRole('listitem', { name: 'Step 1' })
        .getByRole('listitem')
        .nth(before)
        .waitFor();
      place.push(Date.now() - start);
    }
    await context.close();
    const backup = await backupSpeed(browser, base);
    const stored = await storedAfterFirstStart(browser, base);
    const symbols = await symbolSetFigures(browser, base, dist);
    const boardImport = await boardImportFigures(browser, base);
    const library = await libraryScaleFigures(browser, base);
    const scale = await serviceScaleFigures(browser, base);
    return {
      firstScreen: median(firstScreen),
      place: median(place),
      backup,
      stored,
      symbols,
      boardImport,
      library,
      scale,
    };
  } finally {
    await browser.close();
    process.kill(-server.pid);
  }
}

/** Rows and bytes in IndexedDB after a first start on a fresh profile (bytes: JSON size, raw bytes as is). */
async function storedAfterFirstStart(browser, base) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(base);
  await page.getByRole('heading', { name: 'People' }).waitFor();
  await page.waitForTimeout(500);
  const stored = await page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('restory');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const size = (value) =>
      JSON.stringify(value, (_key, v) => (v instanceof Uint8Array ? v.byteLength : v)).length;
    let rows = 0;
    let bytes = 0;
    const perTable = {};
    for (const name of db.objectStoreNames) {
      const all = await new Promise((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      rows += all.length;
      bytes += all.reduce((sum, row) => sum + size(row), 0);
      if (all.length > 0) perTable[name] = all.length;
    }
    db.close();
    return { rows, bytes, perTable };
  });
  await context.close();
  return stored;
}

const BACKUP_MB = 100;

/** Stores BACKUP_MB of incompressible "photos" (1 MB each) for one person, straight into IndexedDB. */
async function seedPictures(page) {
  await page.evaluate(async (count) => {
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('restory');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const now = Date.now();
    for (let i = 0; i < count; i += 1) {
      const bytes = new Uint8Array(1024 * 1024);
      for (let at = 0; at < bytes.length; at += 65536) {
        crypto.getRandomValues(bytes.subarray(at, at + 65536));
      }
      await new Promise((resolve, reject) => {
        const tx = db.transaction('media', 'readwrite');
        // As the app stores it (src/storage/codec.ts): the envelope, and the bytes in the payload.
        tx.objectStore('media').put({
          id: `bench-${i}`,
          ownerId: null,
          type: 'image/jpeg',
          createdAt: now,
          updatedAt: now,
          payload: { bytes },
        });
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
    }
    db.close();
  }, BACKUP_MB);
}

/** "Back up now" until the file is handed over, then Replace from that file until done. */
async function backupSpeed(browser, base) {
  const context = await browser.newContext({ acceptDownloads: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  const dir = mkdtempSync(join(tmpdir(), 'restory-bench-'));
  try {
    await page.goto(`${base}/settings`);
    await page.getByRole('button', { name: 'Back up now' }).waitFor();
    await seedPictures(page);
    const startExport = Date.now();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Back up now' }).click(),
    ]);
    const file = join(dir, 'backup.zip');
    await download.saveAs(file);
    const exportMs = Date.now() - startExport;
    const bytes = statSync(file).size;

    const startRestore = Date.now();
    await page.getByLabel('Backup file').setInputFiles(file);
    await page.getByRole('button', { name: 'Replace', exact: true }).click({ timeout: 120_000 });
    const checkMs = Date.now() - startRestore;
    await page.getByRole('button', { name: 'Yes, replace' }).click();
    await page.getByText('Done. This tablet now holds the backup.').waitFor({ timeout: 300_000 });
    const restoreMs = Date.now() - startRestore;
    return { bytes, exportMs, checkMs, restoreMs };
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const mbPerSecond = (bytes, ms) => (bytes / (1024 * 1024) / (ms / 1000)).toFixed(1);

/** The backup fuzz test over its whole corpus; returns the line it prints. */
function mangledBackups() {
  const output = execSync('npx vitest run --project logic src/storage/backup/backup-fuzz.test.ts', {
    env: { ...process.env, RESTORY_FUZZ: 'whole' },
    encoding: 'utf8',
  });
  return /mangled backups tried: .*/.exec(output)?.[0] ?? 'mangled backups: no figure printed';
}

const js = initialJavaScript();
const cache = precache();
const timing = await inBrowser();
const fuzz = mangledBackups();
const audit = await lighthouseFigures();
console.log('Restory benchmark');
console.log(
  `initial JS: ${js.files} files, ${kb(js.raw)} raw, ${kb(js.gzip)} gzip (target ≤ 150 KB gzip)`,
);
console.log(
  `precache: ${cache.count} files, ${kb(cache.bytes)} raw, ${kb(cache.gzip)} gzip (target ≤ 2 MiB gzip)`,
);
console.log(
  `first screen (navigation to "People" heading, no service worker, median of 5): ${timing.firstScreen} ms`,
);
console.log(
  `tap a picture, tap a step, until shown from storage (median of 15): ${timing.place} ms`,
);
const { backup } = timing;
console.log(
  `backup of ${(backup.bytes / (1024 * 1024)).toFixed(1)} MB (${BACKUP_MB} MB of pictures): "Back up now" to file ${backup.exportMs} ms (${mbPerSecond(backup.bytes, backup.exportMs)} MB/s); Replace restore incl. checking and the undo snapshot ${backup.restoreMs} ms (${mbPerSecond(backup.bytes, backup.restoreMs)} MB/s; checking alone ${backup.checkMs} ms)`,
);
const { stored } = timing;
console.log(
  `IndexedDB after a first start: ${stored.rows} rows, ${kb(stored.bytes)} (${Object.entries(
    stored.perTable,
  )
    .map(([table, count]) => `${table} ${count}`)
    .join(', ')})`,
);
console.log(`${fuzz} (whole corpus; every table unchanged after each)`);
for (const line of symbolSetLines(timing.symbols)) console.log(line);
console.log(boardImportLine(timing.boardImport));
for (const line of libraryScaleLines(timing.library)) console.log(line);
for (const line of serviceScaleLines(timing.scale)) console.log(line);
for (const line of lighthouseLines(audit)) console.log(line);
