/**
 * Journey: staff open Settings and see whether this tablet keeps Restory's records safe, and how
 * much space is used and free — figures from the real Chromium Storage API.
 */
import { expect, test } from './fixtures';
import { PeoplePage } from './pages/people-page';
import { makeCameraPhoto } from './pages/photos';
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
  const photo = await makeCameraPhoto(page, 2000, 1500);
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
