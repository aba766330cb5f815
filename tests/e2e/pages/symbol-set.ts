import { expect, type Page } from '@playwright/test';

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
