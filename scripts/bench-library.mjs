// The Library with 5,000 cards on one board (issue 14, point 6): a board file of 5,000 buttons
// is imported through "Import board" as staff would, then, in Chromium at 1024×768: opening that
// board (tap in the list of boards to its cards on screen), scrolling it for 3 s at a brisk
// fling's 4,000 px/s (long tasks over 50 ms, frames later than 20 ms), and the cards in the page.
// Each time is a median of 3. Used by `npm run bench` (bench.mjs).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CARDS = 5_000;
const COLUMNS = 100;
const RUNS = 3;
const SCROLL_MS = 3_000;
/** A brisk finger fling on a tablet: 4,000 px a second. */
const SCROLL_PX_PER_S = 4_000;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** An Open Board Format board of `CARDS` buttons (words only), as another AAC app writes one. */
function bigBoard() {
  const buttons = Array.from({ length: CARDS }, (_, i) => ({
    id: `b${i}`,
    label: `word ${i + 1}`,
  }));
  const order = [];
  for (let row = 0; row * COLUMNS < CARDS; row += 1) {
    order.push(buttons.slice(row * COLUMNS, (row + 1) * COLUMNS).map((b) => b.id));
  }
  return JSON.stringify({
    format: 'open-board-0.1',
    id: 'big',
    locale: 'en',
    name: 'Five thousand',
    buttons,
    grid: { rows: order.length, columns: COLUMNS, order },
    images: [],
    sounds: [],
  });
}

/** Scrolls the page for `ms` at `pxPerS`, counting long tasks and late frames meanwhile. */
function scrollThrough([ms, pxPerS]) {
  return new Promise((resolve) => {
    const longTasks = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    const frames = [];
    const top = window.scrollY;
    const start = performance.now();
    let last = start;
    const step = (now) => {
      frames.push(now - last);
      last = now;
      const done = Math.min(1, (now - start) / ms);
      window.scrollTo(0, top + (pxPerS * ms * done) / 1000);
      if (done < 1) requestAnimationFrame(step);
      else {
        observer.disconnect();
        resolve({
          longTasks: longTasks.length,
          longestTask: Math.max(0, ...longTasks),
          frames: frames.length,
          lateFrames: frames.filter((f) => f > 20).length,
          cardsInPage: document.querySelectorAll('.card-grid__cell').length,
          scrolledPx: window.scrollY - top,
        });
      }
    };
    requestAnimationFrame(step);
  });
}

export async function libraryScaleFigures(browser, base) {
  const dir = mkdtempSync(join(tmpdir(), 'restory-library-'));
  const file = join(dir, 'five-thousand.obf');
  writeFileSync(file, bigBoard());
  const context = await browser.newContext({
    viewport: { width: 1024, height: 768 },
    hasTouch: true,
    serviceWorkers: 'block',
  });
  try {
    const page = await context.newPage();
    await page.goto(`${base}/library`);
    const importStart = Date.now();
    await page.getByLabel('Import board').setInputFiles(file);
    await page.getByText(/^Imported 1 board with 5000 cards/).waitFor({ timeout: 120_000 });
    const importMs = Date.now() - importStart;
    const boards = page.getByRole('navigation', { name: 'Boards' });
    const open = [];
    const scrolls = [];
    for (let i = 0; i < RUNS; i += 1) {
      await page.reload();
      await boards.getByRole('button', { name: /^People \d/ }).waitFor();
      const start = Date.now();
      await boards.getByRole('button', { name: /^Five thousand \d/ }).click();
      await page
        .getByRole('list', { name: 'Cards on Five thousand' })
        .getByRole('button', { name: 'Edit word 1', exact: true })
        .waitFor();
      open.push(Date.now() - start);
      scrolls.push(await page.evaluate(scrollThrough, [SCROLL_MS, SCROLL_PX_PER_S]));
      // The cards reached are drawn: the last row on screen holds a card far down the board.
      await page
        .getByRole('list', { name: 'Cards on Five thousand' })
        .getByRole('button', { name: /^Edit word \d{3}/ })
        .first()
        .waitFor({ timeout: 10_000 });
    }
    const byLongTasks = [...scrolls].sort((a, b) => a.longTasks - b.longTasks);
    return {
      importMs,
      openMs: median(open),
      scroll: byLongTasks[Math.floor(byLongTasks.length / 2)],
    };
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function libraryScaleLines(f) {
  const s = f.scroll;
  return [
    `Library with ${CARDS.toLocaleString('en-GB')} cards on one board (imported board file; 1024×768, median of ${RUNS}):`,
    `  import of the board file: ${f.importMs} ms`,
    `  opening the board (tap in the list to its cards on screen): ${f.openMs} ms`,
    `  scrolling it ${s.scrolledPx} px in ${SCROLL_MS / 1000} s (a fling, ${SCROLL_PX_PER_S} px/s): ${s.longTasks} long tasks (longest ${s.longestTask.toFixed(0)} ms), ${s.lateFrames} of ${s.frames} frames later than 20 ms; ${s.cardsInPage} cards in the page at a time`,
  ];
}
