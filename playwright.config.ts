// Browser tests: the built app (dist/, built by `npm test` beforehand) served by `vite preview` on
// 127.0.0.1, in the system Chromium at tablet size with touch. Hermetic (HOUSE-STYLE.md, habit 13):
// tests/e2e/fixtures.ts fails any test that sends a request anywhere else.
import { defineConfig } from '@playwright/test';
import chromiumSettings from './scripts/chromium.json' with { type: 'json' };

// Both can be moved so that two builds can be tested side by side (E2E_PORT, E2E_OUT_DIR).
const PORT = Number(process.env.E2E_PORT ?? 4180);
const OUT_DIR = process.env.E2E_OUT_DIR ?? 'dist';
const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  // A flaky test is fixed, never retried: not locally, not in CI.
  retries: 0,
  // Room for a machine whose cores are busy with something else (CI's may be): a test that passes
  // in 10 s on a quiet machine takes up to three times that under load. The whole-conversation
  // journeys are marked slow (three times this).
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: Boolean(process.env.CI),
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${OUT_DIR}`,
    url: BASE_URL,
    reuseExistingServer: false,
  },
  use: {
    baseURL: BASE_URL,
    viewport: { width: 1024, height: 768 },
    hasTouch: true,
    locale: 'en-GB',
    // A service worker precaches the whole app (about 340 files) in every fresh context: only the
    // journeys about the service worker (offline, updates, privacy) allow it (test.use).
    serviceWorkers: 'block',
    // One context per worker, reset between its tests, not a fresh one each time: a fresh context
    // compiles the app's code again and restores its storage in a page of its own, about 2 s of
    // the processor's time a test. Between tests Playwright clears cookies, the cache, storage and
    // IndexedDB, closes extra pages and removes routes, bindings and init scripts; fixtures.ts
    // turns the connection back on. The journeys with a service worker (whose caches a reset
    // leaves) and those that change the page through CDP take a fresh context each (test.use).
    reuseContext: true,
    // The system Chromium, never Playwright's download. A fresh profile every launch.
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? chromiumSettings.executablePath,
      args: chromiumSettings.args,
    },
  },
});
