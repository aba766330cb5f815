/**
 * Journey: turning "Protect with a passcode" on when the tab dies half-way (issue 16, point 4).
 * The page is closed with no beforeunload while records are being sealed, twice, at different
 * points; each time the tablet opens locked, and unlocking carries on where sealing stopped. At
 * the end every card is stored sealed, none is lost, and every word reads back.
 */
import type { Page } from '@playwright/test';
import { buildHundredBoardObz } from '../fixtures/obf/hundred-boards';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { PeoplePage } from './pages/people-page';
import { PASSCODE, protectInSettings } from './pages/protect-in-settings';
import { readStoredRows } from './pages/stored-rows';

// A fresh context: the processor slowed down through CDP would outlive the test in a reused one.
test.use({ reuseContext: false });

const NAME = 'Quillon Marchbanks-Oyelaran';
const BOARDS = 10;

interface StoredCard {
  id: string;
  sealed?: string;
}

/** Slows the page's processor, so that sealing takes long enough to be cut at a chosen point. */
async function slowDown(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
}

/** Waits until at least `rows` rows of this run are sealed, then closes the page at once. */
async function closeAfterSealing(page: Page, rows: number): Promise<void> {
  const progress = page.getByText(/^Protecting records: \d+ of \d+$/);
  await expect
    .poll(async () => Number(/: (\d+) of/.exec((await progress.textContent()) ?? '')?.[1] ?? 0), {
      intervals: [20],
      timeout: 60_000,
    })
    .toBeGreaterThanOrEqual(rows);
  await page.close({ runBeforeUnload: false });
}

async function unlockInSettings(page: Page): Promise<void> {
  await page.goto('/settings');
  await page.getByLabel('Passcode', { exact: true }).fill(PASSCODE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
}

test('sealing carries on after the tab dies half-way, twice, and loses nothing', async ({
  page,
  context,
}) => {
  test.slow();
  const people = new PeoplePage(page);
  await people.goto();
  await people.addPerson(NAME);
  await page.getByRole('link', { name: 'Library', exact: true }).click();
  await page.getByLabel('Import board').setInputFiles({
    name: 'vocabulary.obz',
    mimeType: 'application/zip',
    buffer: Buffer.from(buildHundredBoardObz(BOARDS)),
  });
  await expect(page.getByText(/^Imported 10 boards with \d+ cards\./)).toBeVisible();
  const cards = (await readStoredRows<StoredCard>(page, 'cards')).map((card) => card.id).sort();
  expect(cards.length).toBeGreaterThanOrEqual(BOARDS * 24);

  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await protectInSettings(page, () => slowDown(page));
  await closeAfterSealing(page, 25);

  // Opened again: locked, and unlocking carries on with the rows still plain.
  const second = await context.newPage();
  await unlockInSettings(second);
  await slowDown(second);
  await closeAfterSealing(second, 50);

  const third = await context.newPage();
  await unlockInSettings(third);
  await expect(
    third.getByText('The records on this tablet are protected with a passcode.'),
  ).toBeVisible();
  await expect(third.getByRole('progressbar')).toHaveCount(0, { timeout: 60_000 });

  // Every card is still there, and every one is stored sealed.
  const stored = await readStoredRows<StoredCard>(third, 'cards');
  expect(stored.map((card) => card.id).sort()).toEqual(cards);
  expect(stored.filter((card) => card.sealed !== 'A256GCM')).toEqual([]);
  const [person] = await readStoredRows<{ displayName?: string; sealed?: string }>(third, 'people');
  expect(person).toMatchObject({ sealed: 'A256GCM' });
  expect(person?.displayName).toBeUndefined();

  // And they read back whole.
  await third.getByRole('link', { name: 'People', exact: true }).click();
  await expect(new PeoplePage(third).person(NAME)).toBeVisible();
  const library = new LibraryPage(third);
  await library.goto();
  const board = await library.openBoard(`Board ${BOARDS - 1}`);
  await expect(board.getByText(`word ${BOARDS - 1}.5`, { exact: true })).toBeVisible();
});
