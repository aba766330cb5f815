// Timing in the page itself (bench-scale.mjs): Playwright's waits poll at up to 500 ms, longer
// than some of the differences measured.

/**
 * Starts watching `page` for the next press (a click) and the first painted frame after it that
 * shows what `shown` names: `{ link }`, a link with that text, or `{ selector }`, an element
 * matching that CSS selector. Resolves once watching; its result, awaited after the press, gives
 * the milliseconds between them.
 */
export async function watchPressTo(page, shown) {
  await page.evaluate(({ link, selector }) => {
    window.benchPressToShown = new Promise((resolve) => {
      let pressedAt;
      document.addEventListener('click', () => (pressedAt ??= performance.now()), {
        capture: true,
      });
      const isShown = () =>
        selector
          ? document.querySelector(selector) !== null
          : [...document.querySelectorAll('a')].some((a) => a.textContent.trim() === link);
      const observer = new MutationObserver(() => {
        if (pressedAt === undefined || !isShown()) return;
        observer.disconnect();
        // The frame that shows it: after its animation frame, once it is painted.
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - pressedAt)));
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
  }, shown);
  return async () => Math.round(await page.evaluate(() => window.benchPressToShown));
}

/** watchPressTo a link named `linkName`. */
export const watchPressToShown = (page, linkName) => watchPressTo(page, { link: linkName });

/**
 * Before `page` loads: watches for the first painted frame that shows what `shown` names (as for
 * watchPressTo). The returned function, awaited after the load, gives the milliseconds from the
 * start of the navigation to that frame.
 */
export async function watchLoadToShown(page, shown) {
  await page.addInitScript(({ link, selector }) => {
    window.benchLoadToShown = new Promise((resolve) => {
      const isShown = () =>
        selector
          ? document.querySelector(selector) !== null
          : [...document.querySelectorAll('a')].some((a) => a.textContent.trim() === link);
      const observer = new MutationObserver(() => {
        if (!isShown()) return;
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
      });
      observer.observe(document, { childList: true, subtree: true });
    });
  }, shown);
  return async () => Math.round(await page.evaluate(() => window.benchLoadToShown));
}
