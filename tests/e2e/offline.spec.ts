/**
 * Journey: Restory works with no connection from the first visit on, and can be installed.
 * On a first visit the service worker takes the page over once it has stored the app; a calm
 * line says so, and until then that it is still getting ready.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { PeoplePage } from './pages/people-page';
import { StaffExit } from './pages/staff-exit';
import { expectImageLoaded, waitForSymbolSetKept } from './pages/symbol-set';
import { TogetherPage } from './pages/together-page';
import {
  byTouch,
  FeelingsStep,
  FinishStep,
  NextTimeStep,
  SummaryPage,
} from './pages/together-steps';

// This journey is about what the service worker does (the config blocks it elsewhere).
// A fresh context for each test: a reused one would keep the last test's service worker caches.
test.use({ serviceWorkers: 'allow', reuseContext: false });

async function makeReadyForOffline(page: Page, context: BrowserContext): Promise<void> {
  await page.goto('/');
  await expect(new PeoplePage(page).heading).toBeVisible();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
  await waitForSymbolSetKept(page);
  await context.setOffline(true);
  // Offline covers the service worker too: whatever it serves from now on comes from its cache.
  const [worker] = context.serviceWorkers();
  if (!worker) throw new Error('No service worker is running');
  const reachesNetwork = await worker.evaluate(() =>
    fetch('/manifest.webmanifest', { cache: 'no-store' }).then(
      () => true,
      () => false,
    ),
  );
  expect(reachesNetwork, 'the service worker still reaches the network').toBe(false);
}

/**
 * On the Library, offline: a picture that is not among the starter ones is found by a Spanish
 * word, shows from the kept packs, and becomes a card on a board that stays after a reload.
 */
async function findInSpanishAndMakeACard(page: Page): Promise<void> {
  await page.getByLabel('Words in').selectOption({ label: 'Español' });
  await page.getByRole('searchbox', { name: 'Search pictures' }).fill('Jirafa');
  const found = page.getByRole('list', { name: 'Pictures found' });
  const giraffe = found.getByRole('button', { name: 'jirafa', exact: true });
  await expect(giraffe).toBeVisible();
  // Not a starter picture: it comes from the kept packs, through the service worker.
  await expectImageLoaded(giraffe.locator('img'));
  await expectNoAxeViolations(page);

  await giraffe.click();
  const dialog = page.getByRole('dialog', { name: 'Add a card' });
  await expect(dialog.getByLabel('Word on the card')).toHaveValue('jirafa');
  await dialog.getByLabel('Board').selectOption({ label: 'Things' });
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Add card' }).click();
  await expect(page.getByText('“jirafa” is now on Things.')).toBeVisible();

  await page.reload();
  const things = await new LibraryPage(page).openBoard('Things');
  // A new card goes at the end of the board; only rows near the screen are drawn.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(things.getByText('jirafa', { exact: true })).toBeVisible();
  await expectImageLoaded(things.locator('li', { hasText: 'jirafa' }).locator('img'));
}

test('after one visit every screen opens with no connection, pictures included', async ({
  page,
  context,
}) => {
  // Every screen and every Together step loaded from the cache: a long journey by design.
  test.slow();
  await makeReadyForOffline(page, context);

  const people = new PeoplePage(page);
  await page.reload();
  await expect(people.heading).toBeVisible();

  // Each of these is a full page load, answered by the service worker from its cache.
  await page.goto('/library');
  await expect(page.getByRole('heading', { name: 'Library', exact: true, level: 1 })).toBeVisible();
  // Pictures are decorative (the word beside them is the name), so they are found as <img>.
  await expectImageLoaded(
    page
      .getByRole('region', { name: /^People/ })
      .locator('img')
      .first(),
  );
  await findInSpanishAndMakeACard(page);

  await page.goto('/settings');
  await expect(
    page.getByRole('heading', { name: 'Settings', exact: true, level: 1 }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'About', exact: true, level: 2 })).toBeVisible();
  await expect(page.getByText(/^Symbols are from OpenMoji.*CC BY-SA 4\.0\.$/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'OpenMoji', exact: true })).toHaveAttribute(
    'href',
    'https://openmoji.org',
  );

  // Together last: once open, the app holds the device there until staff leave it.
  await people.goto();
  await people.addPerson('Robin');
  // Together is a chunk of its own, loaded for the first time now, offline.
  const board = await people.startTogether('Robin');
  await board.showKind('Feelings');
  await expectImageLoaded(board.trayPicture('angry').locator('img'));
  await board.tapToPlace('Feelings', 'angry', 1);
  await expectImageLoaded(board.placedPicture('angry', 1).locator('img'));

  await page.reload();
  await board.expectShown();
  await board.expectPictures(1, ['angry']);

  // Every later step opens offline too, with its pictures, and the conversation finishes.
  const together = new TogetherPage(page);
  await together.goTo('How did it feel?');
  await expectImageLoaded(page.getByRole('button', { name: 'angry', exact: true }).locator('img'));
  // Its questions go on offline: the feeling, then how big it was.
  await new FeelingsStep(page).feel(byTouch, 'angry', '3 Big');
  await together.goTo('What can help next time?');
  await new NextTimeStep(page).open(byTouch, 'What can help');
  await expectImageLoaded(
    page.getByRole('button', { name: 'ask for a break', exact: true }).locator('img'),
  );
  await together.goTo('Finish');
  await new FinishStep(page).finish(byTouch);
  await new StaffExit(page).leave('touch');
  await new SummaryPage(page, 'Robin').expectShown();
});

test('on a first visit a calm line says Restory is getting ready, then that it works offline, this very page included', async ({
  page,
  context,
}) => {
  // The worker stores about 390 files before it is ready: on a busy machine that takes half a
  // minute or more (15 s on a quiet one).
  test.slow();
  const people = new PeoplePage(page);
  await people.goto();
  const notice = page.getByRole('status').filter({ hasText: /without a connection/ });
  await expect(notice).toHaveText(
    'Restory is getting ready to work without a connection. Please stay connected for a moment.',
  );
  await expect(notice).toContainText('Restory now works without a connection on this device.', {
    timeout: 90_000,
  });

  // The page was never reloaded, yet screens it has not loaded yet open with no connection.
  await waitForSymbolSetKept(page);
  await context.setOffline(true);
  await page.getByRole('link', { name: 'Library', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Library', exact: true, level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await expect(
    page.getByRole('heading', { name: 'Settings', exact: true, level: 1 }),
  ).toBeVisible();
  await notice.getByRole('button', { name: 'OK', exact: true }).click();
  await expect(notice).toHaveCount(0);

  // Later visits have nothing to say: it is ready.
  await page.reload();
  await expect(
    page.getByRole('heading', { name: 'Settings', exact: true, level: 1 }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'About', exact: true, level: 2 })).toBeVisible();
  await expect(notice).toHaveCount(0);
});

test('at twice the text, the getting-ready line leaves the page’s end and each control reached by keyboard in view, and is never printed', async ({
  page,
  context,
}) => {
  // The worker's script is held back: the first visit stays "getting ready" while this is checked.
  let release: (value: undefined) => void = () => undefined;
  const held = new Promise<undefined>((resolve) => {
    release = resolve;
  });
  await context.route('**/sw.js', async (route) => {
    await held;
    await route.abort();
  });
  await page.goto('/settings');
  const browser = await context.newCDPSession(page);
  await browser.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  const notice = page.getByRole('status').filter({ hasText: /getting ready to work without/ });
  await expect(notice).toBeVisible();
  await expect(page.getByRole('heading', { name: 'About', exact: true, level: 2 })).toBeVisible();

  // Scrolled to the end, the page's last words and controls show above the line, not under it.
  await expect
    .poll(() =>
      page.evaluate(() => {
        window.scrollTo(0, document.documentElement.scrollHeight);
        const toast = document.querySelector('.toast')?.getBoundingClientRect();
        const parts = [...document.querySelectorAll('main *')].map((part) =>
          part.getBoundingClientRect(),
        );
        const end = Math.max(...parts.filter((box) => box.height > 0).map((box) => box.bottom));
        return toast ? Math.round(toast.top - end) : null;
      }),
    )
    .toBeGreaterThanOrEqual(16);

  // From the top, each control the keyboard moves to is scrolled clear of the line.
  await page.evaluate(() => window.scrollTo(0, 0));
  for (let press = 1; press <= 14; press += 1) {
    await page.keyboard.press('Tab');
    const room = await page.evaluate(() => {
      const focused = document.activeElement?.getBoundingClientRect();
      const toast = document.querySelector('.toast')?.getBoundingClientRect();
      return focused && toast ? Math.round(toast.top - focused.bottom) : null;
    });
    expect(room, `room below the control reached by Tab ${press}`).toBeGreaterThanOrEqual(0);
  }

  // It is about the tablet, not the page: never on paper.
  await page.emulateMedia({ media: 'print' });
  await expect(notice).toBeHidden();
  release(undefined);
});

interface ManifestIcon {
  readonly src: string;
  readonly sizes: string;
  readonly type: string;
  readonly purpose?: string;
}

interface Manifest {
  readonly name?: string;
  readonly short_name?: string;
  readonly display?: string;
  readonly theme_color?: string;
  readonly start_url?: string;
  readonly icons?: readonly ManifestIcon[];
}

test('the app can be installed: its manifest is linked and complete', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute(
    'href',
    '/manifest.webmanifest',
  );

  const dist = pathToFileURL(`${resolve(process.env.E2E_OUT_DIR ?? 'dist')}/`);
  const manifest = JSON.parse(
    readFileSync(new URL('manifest.webmanifest', dist), 'utf8'),
  ) as Manifest;
  expect(manifest.name).toBe('Restory');
  expect(manifest.short_name).toBe('Restory');
  expect(manifest.display).toBe('standalone');
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.start_url).toBe('/');

  const icons = manifest.icons ?? [];
  expect(icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(icons.some((icon) => icon.purpose?.split(' ').includes('maskable'))).toBe(true);
  for (const icon of icons) {
    const response = await page.request.get(`/${icon.src}`);
    expect(response.ok(), `${icon.src} is served`).toBe(true);
    expect(response.headers()['content-type']).toBe(icon.type);
  }
});
