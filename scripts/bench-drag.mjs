// Drag smoothness at a service's scale (issue 17, point 4), used by bench-scale.mjs: in the
// storyboard of a conversation with 8 steps × 3 pictures, one finger drags a tray picture about
// the story for 3 seconds (90 touch moves, 33 ms apart) and drops it in a new step. In the page:
// the long tasks (over 50 ms, PerformanceObserver) and the frames later than 20 ms
// (requestAnimationFrame) during the drag.

const MOVES = 90;
const MOVE_EVERY_MS = 33;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

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

/**
 * In a storyboard on screen, adds a step and drags a tray picture into it; gives back the counts,
 * and throws if the picture did not land. The caller leaves Together afterwards.
 */
export async function dragFigures(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
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
  const from = await centreOf(picture);
  const to = await centreOf(target);
  const stop = await watchFrames(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
  for (let i = 1; i <= MOVES; i += 1) {
    // Across the story and back, ending on the new step.
    const along = Math.sin((Math.PI * i) / MOVES) * 0.5 + i / MOVES;
    const point = { x: from.x + (to.x - from.x) * along, y: from.y + (to.y - from.y) * along };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
    await sleep(MOVE_EVERY_MS);
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  const figures = await stop();
  await placed.first().waitFor({ timeout: 10_000 });
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: false });
  await cdp.detach();
  return figures;
}

export function dragLine(f) {
  return `  a 3-second finger drag in the storyboard (90 moves, dropped in a new step): ${f.longTasks} long tasks (longest ${f.longestTask.toFixed(0)} ms); ${f.lateFrames} of ${f.frames} frames later than 20 ms (worst ${f.worstFrame.toFixed(0)} ms)`;
}
