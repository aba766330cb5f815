// Drag smoothness at a service's scale (issue 17, point 4), used by bench-scale.mjs: in the
// storyboard of a conversation with 8 steps × 3 pictures, one finger drags a tray picture about
// the story for 3 seconds (90 touch moves, 33 ms apart) and drops it in a new step. In the page:
// the long tasks (over 50 ms, PerformanceObserver) and the frames later than 20 ms
// (requestAnimationFrame) during the drag.

const MOVES = 90;
/** The last moves head straight for the new step, wherever the story has scrolled it to. */
const LANDING_MOVES = 30;
const MOVE_EVERY_MS = 33;
/** Clear of the bands by the top of the screen and the tray that scroll the story (80 px). */
const CLEAR_OF_EDGES = 120;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const between = (a, b, share) => ({ x: a.x + (b.x - a.x) * share, y: a.y + (b.y - a.y) * share });

async function centreOf(locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('Not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Starts counting long tasks and late frames in the page; the returned function stops it. */
async function watchFrames(page) {
  await page.evaluate(() => {
    const watch = { longTasks: 0, longestTask: 0, frames: 0, lateFrames: 0, worstFrame: 0 };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        watch.longTasks += 1;
        watch.longestTask = Math.max(watch.longestTask, entry.duration);
      }
    }).observe({ type: 'longtask' });
    let last = performance.now();
    const frame = (now) => {
      if (watch.isDone) return;
      const gap = now - last;
      last = now;
      watch.frames += 1;
      if (gap > 20) watch.lateFrames += 1;
      watch.worstFrame = Math.max(watch.worstFrame, gap);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    window.benchFrames = watch;
  });
  return () =>
    page.evaluate(() => {
      window.benchFrames.isDone = true;
      const { longTasks, longestTask, frames, lateFrames, worstFrame } = window.benchFrames;
      return { longTasks, longestTask, frames, lateFrames, worstFrame };
    });
}

/** A new tab that is a touch screen from its first load, as a tablet's is. */
export async function touchPage(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
  return { page, cdp };
}

/**
 * In a storyboard on screen (in a touchPage), adds a step and drags a tray picture about the story
 * and into it; gives back the counts, and throws if the picture did not land.
 */
export async function dragFigures(page, cdp) {
  const story = page.getByRole('list', { name: 'Story', exact: true });
  const steps = await story.getByRole('listitem', { name: /^Step \d+$/ }).count();
  await page.getByRole('button', { name: 'Add step', exact: true }).click();
  const target = story.getByRole('listitem', { name: `Step ${steps + 1}`, exact: true });
  await target.scrollIntoViewIfNeeded();
  const placed = target.getByRole('button', {
    name: new RegExp(`^Move .+ from step ${steps + 1}$`),
  });
  const tray = page.getByRole('region', { name: 'Pictures', exact: true });
  const picture = tray.getByRole('tabpanel').getByRole('button').first();
  await picture.scrollIntoViewIfNeeded();
  const from = await centreOf(picture);
  const { width, height } = page.viewportSize();
  // The foot of the story's part of the screen: the tray's top when it is under the story, else
  // the step bar's (use-drag-auto-scroll.ts).
  const trayTop = (await tray.boundingBox()).y;
  const barTop = (await page.locator('.step-nav').boundingBox())?.y ?? height;
  const foot = trayTop > height / 2 ? trayTop : barTop;
  // Back and forth across the story, well clear of the edges that scroll it.
  const about = (i) => ({
    x: width * (0.4 + 0.3 * Math.sin((2 * Math.PI * i) / 40)),
    y:
      CLEAR_OF_EDGES + (foot - 2 * CLEAR_OF_EDGES) * (0.5 + 0.5 * Math.cos((2 * Math.PI * i) / 25)),
  });
  const touch = (type, point) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: point ? [point] : [] });
  const stop = await watchFrames(page);
  await touch('touchStart', from);
  let at = from;
  for (let i = 1; i <= MOVES - LANDING_MOVES; i += 1) {
    at = between(from, about(i), Math.min(1, i / 10));
    await touch('touchMove', at);
    await sleep(MOVE_EVERY_MS);
  }
  const wanderedTo = at;
  // The middle of the part of the new step in view, clear of the edges.
  const box = await target.boundingBox();
  const top = Math.max(box.y, CLEAR_OF_EDGES);
  const bottom = Math.min(box.y + box.height, foot - CLEAR_OF_EDGES);
  const to = { x: box.x + box.width / 2, y: (top + bottom) / 2 };
  for (let i = 1; i <= LANDING_MOVES; i += 1) {
    await touch('touchMove', between(wanderedTo, to, i / LANDING_MOVES));
    await sleep(MOVE_EVERY_MS);
  }
  if (process.env.ZZ) {
    await page.screenshot({ path: '/tmp/zz-before-end.png' });
    console.log(from, to, await picture.getAttribute('aria-label'), await picture.textContent());
  }
  await touch('touchEnd');
  const figures = await stop();
  await placed.first().waitFor({ timeout: 10_000 });
  return figures;
}

export function dragLine(f, runs) {
  return `  the worst of ${runs} 3-second finger drags in the storyboard (${MOVES} moves, dropped in a new step): ${f.longTasks} long tasks (longest ${f.longestTask.toFixed(0)} ms); ${f.lateFrames} of ${f.frames} frames later than 20 ms (worst ${f.worstFrame.toFixed(0)} ms)`;
}
