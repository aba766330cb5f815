/**
 * A Chromium with a profile of the test's own on disk, as a tablet's browser has, for journeys
 * that read the browser's files (browser-files.ts); and the page errors to check none happened.
 */
import { chromium, test, type BrowserContext, type Page } from '@playwright/test';

export async function openProfile(directory: string): Promise<BrowserContext> {
  const { baseURL, viewport, hasTouch, locale, launchOptions } = test.info().project.use;
  return chromium.launchPersistentContext(directory, {
    ...launchOptions,
    baseURL,
    viewport,
    hasTouch,
    locale,
    serviceWorkers: 'block',
  });
}

export function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}
