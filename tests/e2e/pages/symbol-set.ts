import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Waits until the whole symbol set (4 packs and 5 words files) is kept in the cache the service
 * worker answers symbols from, as it is after a first visit that stayed connected for a moment.
 */
export async function waitForSymbolSetKept(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(async () => (await (await caches.open('restory-symbol-set')).keys()).length),
      { timeout: 60_000 },
    )
    .toBe(9);
}

/** Waits until a picture has loaded (offline, from the cache the service worker answers from). */
export async function expectImageLoaded(image: Locator): Promise<void> {
  await expect
    .poll(() =>
      image.evaluate((element: HTMLImageElement) => (element.complete ? element.naturalWidth : 0)),
    )
    .toBeGreaterThan(0);
}
