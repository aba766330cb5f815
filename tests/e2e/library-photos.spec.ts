/**
 * Journey: staff add their own photos in the Library — one of a place for everyone, one of the
 * person for them alone — and the person finds both in Together's tray, under "Photos".
 */
import { crc32, deflateSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { PeoplePage } from './pages/people-page';
import { makeCameraPhoto } from './pages/photos';
import { readStoredRows } from './pages/stored-rows';
import { StoryboardPage } from './pages/storyboard-page';
import { expectImageLoaded } from './pages/symbol-set';

test.use({ seed: 'person' });

async function addPhoto(page: Page, photo: Buffer, word: string, whose: string): Promise<void> {
  await page.getByRole('button', { name: 'Add a photo', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a photo' });
  await dialog.getByLabel('Choose a file').setInputFiles({
    name: 'photo.jpg',
    mimeType: 'image/jpeg',
    buffer: photo,
  });
  await dialog.getByRole('checkbox', { name: 'Make it square' }).check();
  await dialog.getByRole('textbox', { name: 'Word on the card' }).fill(word);
  await dialog.getByRole('combobox', { name: 'Whose photo' }).selectOption({ label: whose });
  // The photo was made small (in the picture worker) and shows as the card will.
  await expectImageLoaded(dialog.locator('.add-photo__preview img'));
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByText(`“${word}” is now in Photos.`)).toBeVisible();
  await expect(dialog).toBeHidden();
}

test('a photo added in the Library is in the storyboard tray’s Photos', async ({ page }) => {
  // The photo is made small in a Web Worker, not on the page.
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto('/library');
  const photo = await makeCameraPhoto(page, 1200, 900);
  await addPhoto(page, photo, 'playground', 'Everyone');
  await addPhoto(page, photo, 'Sam at the park', 'Sam');
  expect(workers).toContainEqual(expect.stringMatching(/image-worker/));

  const people = new PeoplePage(page);
  await people.goto();
  await people.startTogetherAtWelcome('Sam');
  await page.getByRole('button', { name: 'Photos', exact: true }).click();
  const storyboard = new StoryboardPage(page);
  await storyboard.arriveFromWelcome();

  const photosTab = storyboard.tray.getByRole('tab', { name: 'Photos', exact: true });
  await photosTab.click();
  await expect(photosTab).toHaveAttribute('aria-selected', 'true');
  const panel = storyboard.tray.getByRole('tabpanel');
  for (const word of ['Sam at the park', 'playground']) {
    const card = panel.getByRole('button', { name: word, exact: true });
    await expect(card).toBeVisible();
    await expectImageLoaded(card.locator('img'));
  }
});

/** A real 20,000 × 20,000 PNG (1 bit grey, all black): 1.6 GB once decoded, 50 KB as a file. */
function hugePng(): Buffer {
  const side = 20_000;
  const row = 1 + side / 8;
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([1, 0, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(row * side))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

test('a 20,000 × 20,000 picture is refused at once, without decoding it, and nothing is stored', async ({
  page,
}) => {
  await page.goto('/library');
  await page.getByRole('button', { name: 'Add a photo', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a photo' });
  const buffer = hugePng();
  const started = Date.now();
  await dialog
    .getByLabel('Choose a file')
    .setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer });
  await expect(
    dialog.getByText(
      'This picture is too large to use. Choose a smaller one. Nothing was changed.',
    ),
  ).toBeVisible();
  const elapsed = Date.now() - started;
  test
    .info()
    .annotations.push({ type: 'refused 20,000 × 20,000 PNG in', description: `${elapsed} ms` });
  // Decoding it would take about 8 s and 1.6 GB; the header says no in about a second here.
  expect(elapsed).toBeLessThan(4000);
  await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  expect(await readStoredRows(page, 'media')).toHaveLength(0);
  expect(await readStoredRows(page, 'cards')).toHaveLength(0);
});
