/**
 * The `test` every browser test uses. Its page fails the test, after the test body, when
 * - any request (the service worker's included) went to a host other than 127.0.0.1: nothing may
 *   leave the device, so no fonts, CDNs or analytics, ever;
 * - the page threw an uncaught error or logged a console error;
 * - the Content-Security-Policy refused anything (a `securitypolicyviolation` event).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type axe from 'axe-core';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { PeoplePage } from './pages/people-page';

/**
 * Where a test starts when the way there is not what it tests (HOUSE-STYLE: browser journeys start
 * from seeded state). Each state is made once per worker through the real app, as a person would,
 * and put into the test's context before the test begins, IndexedDB included.
 * - `none`: a first visit.
 * - `person`: "Sam" is on the People list.
 * - `together`: "Sam" is in Together on "What happened?" with one empty step.
 */
export type Seed = 'none' | 'person' | 'together';
type StoredState = Awaited<ReturnType<BrowserContext['storageState']>>;

async function makeSeed(page: Page, seed: Exclude<Seed, 'none'>): Promise<void> {
  const people = new PeoplePage(page);
  await people.goto();
  await people.addPerson('Sam');
  if (seed === 'together') await people.startTogether('Sam');
}

const LOCAL_HOST = '127.0.0.1';
const LOCAL_SCHEMES = new Set(['data:', 'blob:']);

function isLocal(url: string): boolean {
  const parsed = new URL(url);
  return LOCAL_SCHEMES.has(parsed.protocol) || parsed.hostname === LOCAL_HOST;
}

export const test = base.extend<
  { seed: Seed },
  { seededState: (seed: Exclude<Seed, 'none'>) => Promise<StoredState> }
>({
  seed: ['none', { option: true }],
  seededState: [
    async ({ browser }, use, workerInfo) => {
      const made = new Map<Seed, Promise<StoredState>>();
      await use((seed) => {
        const known = made.get(seed);
        if (known) return known;
        const state = (async () => {
          const { baseURL, viewport, hasTouch, locale } = workerInfo.project.use;
          const context = await browser.newContext({ baseURL, viewport, hasTouch, locale });
          try {
            await makeSeed(await context.newPage(), seed);
            return await context.storageState({ indexedDB: true });
          } finally {
            await context.close();
          }
        })();
        made.set(seed, state);
        return state;
      });
    },
    { scope: 'worker' },
  ],
  page: async ({ page, context, seed, seededState }, use) => {
    // Put in here, not as the `storageState` option: a context is reused only by tests whose
    // options are the same (playwright.config.ts, reuseContext).
    if (seed !== 'none') await context.setStorageState(await seededState(seed));
    const outside: string[] = [];
    const errors: string[] = [];
    // On the context, so requests from the service worker count too (Chromium reports them there).
    context.on('request', (request) => {
      if (!isLocal(request.url())) outside.push(`${request.method()} ${request.url()}`);
    });
    page.on('pageerror', (error) => errors.push(`uncaught: ${error.stack ?? error.message}`));
    await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
      errors.push(`CSP violation: ${text}`);
    });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { __reportCspViolation?: (text: string) => void })
          .__reportCspViolation;
        report?.(`${event.violatedDirective} blocked ${event.blockedURI}`);
      });
    });
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const { url, lineNumber } = message.location();
      errors.push(`console.error: ${message.text()} (${url}:${lineNumber})`);
    });

    await use(page);
    await undoWhatOutlivesATest(context);

    expect(outside, 'requests that left 127.0.0.1').toEqual([]);
    expect(errors, 'page errors and console errors').toEqual([]);
  },
});

export { expect };

/**
 * The context and its first page are reused by the worker's next test (playwright.config.ts,
 * reuseContext). Playwright resets storage, pages, routes, bindings, init scripts, the clock and
 * emulated media, but not the connection, which journeys take away.
 */
async function undoWhatOutlivesATest(context: BrowserContext): Promise<void> {
  await context.setOffline(false);
}

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// The minified axe-core (580 KB), not `axe.source` (1.3 MB unminified): it is put into every page
// that is checked, and the unminified one took 0.6 s of each test to send and compile.
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * Every WCAG 2.0, 2.1 and 2.2 A/AA rule axe knows, on the page as it is now. axe-core runs in the
 * page itself, put there once per document: the app has no frames, so axe's frame-by-frame mode
 * (which opens a blank page for every check) would only add a second of work to each check.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Checked as the person sees it once it settles: a picture still fading in has, for a moment,
  // too little contrast. Only such short changes are waited for, never a slow or endless one (the
  // Break's breathing guide).
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => {
      const timing = animation.effect?.getComputedTiming();
      const isShort = timing?.iterations !== Infinity && Number(timing?.duration ?? 0) < 1000;
      return animation.playState !== 'running' || !isShort;
    }),
  );
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (values) => {
    const inPage = (window as unknown as { axe: typeof axe }).axe;
    const results = await inPage.run(document, {
      runOnly: { type: 'tag', values },
      // Only the violations are needed: no details gathered for the rules that pass.
      resultTypes: ['violations'],
    });
    return results.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  }, WCAG_TAGS);
  expect(violations, 'axe violations').toEqual([]);
}
