// Timing in the page itself (bench-scale.mjs): Playwright's waits poll at up to 500 ms, longer
// than some of the differences measured.

/**
 * Starts watching `page` for the next press (a click) and the first painted frame after it with a
 * link named `linkName` on it. Resolves once watching; its result, awaited after the press, gives
 * the milliseconds between them.
 */
export async function watchPressToShown(page, linkName) {
  await page.evaluate((name) => {
    window.benchPressToShown = new Promise((resolve) => {
      let pressedAt;
      document.addEventListener('click', () => (pressedAt ??= performance.now()), {
        capture: true,
      });
      const isShown = () =>
        [...document.querySelectorAll('a')].some((a) => a.textContent.trim() === name);
      const observer = new MutationObserver(() => {
        if (pressedAt === undefined || !isShown()) return;
        observer.disconnect();
        // The frame that shows it: after its animation frame, once it is painted.
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - pressedAt)));
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
  }, linkName);
  return async () => Math.round(await page.evaluate(() => window.benchPressToShown));
}
