/**
 * Journey: staff open Settings and see whether this tablet keeps Restory's records safe, and how
 * much space is used and free — figures from the real Chromium Storage API.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PeoplePage } from './pages/people-page';
import { countRowsOf, ProfilePage } from './pages/profile-page';
import { SettingsPage } from './pages/settings-page';
import { readStoredRows } from './pages/stored-rows';

const SIZE = String.raw`[\d.,]+\s(?:MB|GB)`;

test('Settings shows storage safety and the space used and free', async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.goto();
  const section = settings.storageSection;
  await expect(section).toBeVisible();
  await expect(
    section.getByText(
      new RegExp(`^Restory is using ${SIZE}\\. About ${SIZE} more is free for it\\.$`),
    ),
  ).toBeVisible();
  await expect(section.getByText(/^This tablet (keeps|may clear) Restory's records/)).toBeVisible();

  const ask = section.getByRole('button', { name: 'Ask to keep records safe' });
  if (await ask.isVisible()) {
    await ask.click();
    await expect(section.getByRole('status')).toHaveText(/^(Done\.|The tablet said not now\.)/);
  }
});

/**
 * A full disk, in the real app in Chromium. Chromium's quota override (CDP
 * Storage.overrideQuotaForOrigin) has no effect on this headless build (checked: the estimate's
 * quota stays at 10 GB), so the edge itself is played: while the disk is "full", IndexedDB's
 * put/add on the media store throw QuotaExceededError, as a full origin does. Everything above
 * that edge — Dexie, the repository's transaction, the error's classification, the words on
 * screen — is the real thing.
 */
test('a photo that does not fit says plainly that storage is full, and nothing changes', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const flag = window as unknown as { isDiskFull?: boolean };
    for (const method of ['put', 'add'] as const) {
      const original = Reflect.get(IDBObjectStore.prototype, method) as (
        ...args: unknown[]
      ) => IDBRequest;
      Reflect.set(
        IDBObjectStore.prototype,
        method,
        function (this: IDBObjectStore, ...args: unknown[]): IDBRequest {
          if (flag.isDiskFull && this.name === 'media') {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          }
          return Reflect.apply<IDBObjectStore, unknown[], IDBRequest>(original, this, args);
        },
      );
    }
  });
  const people = new PeoplePage(page);
  await people.goto();
  await people.addPerson('Alex');
  await people.openPerson('Alex');
  const profile = new ProfilePage(page, 'Alex');
  await profile.open();
  const personId = profile.personId();
  const photo = await makeGrainyPhoto(page);
  const before = await countRowsOf(page, personId);

  await page.evaluate(() => {
    (window as unknown as { isDiskFull?: boolean }).isDiskFull = true;
  });
  await profile.photoField.setInputFiles({ name: 'me.jpg', mimeType: 'image/jpeg', buffer: photo });
  await expect(
    page.getByText(/^The tablet's storage is full, so the picture was not saved\./),
  ).toBeVisible({ timeout: 20_000 });
  expect((await countRowsOf(page, personId)).counts).toEqual(before.counts);
  const [unchanged] = await readStoredRows<{ picture: unknown }>(page, 'people');
  expect(unchanged?.picture).toBeNull();

  // With room again, the same photo is kept.
  await page.evaluate(() => {
    (window as unknown as { isDiskFull?: boolean }).isDiskFull = false;
  });
  await profile.photoField.setInputFiles({ name: 'me.jpg', mimeType: 'image/jpeg', buffer: photo });
  await profile.expectPictureSaved();
});

/** A 2000×1500 JPEG with grain, so it stays a few hundred KB after resizing. */
async function makeGrainyPhoto(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 2000;
    canvas.height = 1500;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    const image = context.createImageData(2000, 1500);
    for (let i = 0; i < image.data.length; i += 4) {
      image.data[i] = Math.random() * 255;
      image.data[i + 1] = Math.random() * 255;
      image.data[i + 2] = Math.random() * 255;
      image.data[i + 3] = 255;
    }
    context.putImageData(image, 0, 0);
    const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/jpeg', 0.9));
    if (!blob) throw new Error('no JPEG');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) {
      binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    }
    return btoa(binary);
  });
  return Buffer.from(base64, 'base64');
}
