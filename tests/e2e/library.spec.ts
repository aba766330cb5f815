/**
 * Journey: boards from other AAC apps. A package with pictures by path and on the web is imported
 * (nothing is fetched), saved again as a board file that reads back the same, and a damaged one
 * changes nothing. (Finding a picture of the whole set offline is part of offline.spec.ts.)
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { importBoards } from '../../src/domain/obf/obf';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { PeoplePage } from './pages/people-page';
import { expectImageLoaded } from './pages/symbol-set';
import { gridBoard, manifest, PNG_BYTES, zipBytes } from '../fixtures/obf/obf-builders';

/** Shows one board of the Library, chosen from the list of boards. */
function openBoard(page: Page, name: string): Promise<Locator> {
  return new LibraryPage(page).openBoard(name);
}

/** Saves a board's file from its "Export board" and reads it back as another app would. */
async function savedBoard(page: Page, board: Locator) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    board.getByRole('button', { name: 'Export board' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^board-\d{4}-\d{2}-\d{2}\.obz$/);
  const bytes = new Uint8Array(readFileSync(await download.path()));
  const result = await importBoards({ name: download.suggestedFilename(), bytes });
  if (!result.ok) throw new Error(`The saved board is refused: ${result.refusal}`);
  return result.boards[0]!;
}

test('a package from another AAC app is imported with its pictures by path, and a damaged one changes nothing', async ({
  page,
}) => {
  await page.goto('/library');
  const home = gridBoard([['hello', 'more']], {
    id: 'home',
    name: 'Home',
    buttons: [
      { id: 'hello', label: 'hello', image_id: 'pic' },
      { id: 'more', label: 'مرحبا', image_id: 'web' },
    ],
    images: [
      { id: 'pic', path: 'images/hello.png', content_type: 'image/png' },
      { id: 'web', url: 'https://example.org/more.png' },
    ],
  });
  const obz = zipBytes({
    'manifest.json': manifest('boards/home.obf', { home: 'boards/home.obf' }),
    'boards/home.obf': home,
    'images/hello.png': PNG_BYTES,
  });
  const chooser = page.getByLabel('Import board');
  await chooser.setInputFiles({
    name: 'home.obz',
    mimeType: 'application/zip',
    buffer: Buffer.from(obz),
  });
  await expect(
    page.getByText('Imported 1 board with 2 cards. It is at the end of the library.'),
  ).toBeVisible();
  const board = await openBoard(page, 'Home');
  await expect(board.getByText('مرحبا', { exact: true })).toBeVisible();
  await expectImageLoaded(board.locator('li', { hasText: 'hello' }).locator('img'));
  await expectNoAxeViolations(page);

  // Saved again as a board file, it opens as the same board, its pictures with their licences.
  const savedHome = await savedBoard(page, board);
  expect(savedHome.buttons.map((button) => button.label)).toEqual(['hello', 'مرحبا']);
  expect(Array.from(savedHome.buttons[0]?.image?.bytes ?? [])).toEqual(Array.from(PNG_BYTES));
  const feelings = await savedBoard(page, await openBoard(page, 'Feelings'));
  const angry = feelings.buttons.find((button) => button.label === 'angry');
  expect(angry?.image).toMatchObject({ contentType: 'image/svg+xml', isPlaceholder: false });
  expect(angry?.image?.licence).toMatchObject({ type: 'CC BY-SA 4.0' });

  await chooser.setInputFiles({
    name: 'broken.obz',
    mimeType: 'application/zip',
    buffer: Buffer.from(obz.subarray(0, obz.length - 30)),
  });
  await expect(page.getByRole('alert')).toContainText('Nothing was changed.');
  const boards = page.getByRole('navigation', { name: 'Boards' });
  await expect(boards.getByRole('button', { name: /^Home/ })).toHaveCount(1);
});

test.describe('with someone on the People list', () => {
  test.use({ seed: 'person' });

  test("twenty imported boards leave the tray's pictures in view in Together, every board still in reach", async ({
    page,
  }) => {
    await page.goto('/library');
    const names = Array.from({ length: 20 }, (_, i) => `Topic ${i + 1}`);
    const entries: Record<string, unknown> = {};
    for (const [i, name] of names.entries()) {
      entries[`boards/${i}.obf`] = gridBoard([[`word ${i + 1}`]], { id: `b${i}`, name });
    }
    const paths = Object.fromEntries(names.map((_, i) => [`b${i}`, `boards/${i}.obf`]));
    await page.getByLabel('Import board').setInputFiles({
      name: 'topics.obz',
      mimeType: 'application/zip',
      buffer: Buffer.from(
        zipBytes({ 'manifest.json': manifest('boards/0.obf', paths), ...entries }),
      ),
    });
    await expect(page.getByText(/^Imported 20 boards/)).toBeVisible();

    await page.goto('/');
    const board = await new PeoplePage(page).startTogether('Sam');
    // 27 tabs: the tray still shows a page of at least six pictures, each whole on screen.
    const pictures = board.tray.getByRole('tabpanel').getByRole('button');
    await expect(board.trayPicture('child')).toBeVisible();
    expect(await pictures.count()).toBeGreaterThanOrEqual(6);
    for (const picture of await pictures.all()) await expect(picture).toBeInViewport({ ratio: 1 });
    // The last board is there too: its tab scrolls into view, and its picture shows.
    await board.tray.getByRole('tab', { name: 'Topic 20', exact: true }).tap();
    await expect(board.trayPicture('word 20')).toBeInViewport();
    await board.trayPicture('word 20').tap();
    await board.tapStep(1);
    await board.expectPictures(1, ['word 20']);
  });
});
