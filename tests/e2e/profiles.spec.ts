/** Journey: staff keep a profile per person — edit it, give it a photo, archive and delete it. */
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { PeoplePage } from './pages/people-page';
import { makeCameraPhoto } from './pages/photos';
import { countRowsOf, ProfilePage, readStoredPhoto } from './pages/profile-page';

const NOT_A_PICTURE = 'This file is not a picture we can use. Try another photo.';

async function profileOf(page: Page, name: string): Promise<ProfilePage> {
  const people = new PeoplePage(page);
  await people.goto();
  await people.addPerson(name);
  await people.openPerson(name);
  const profile = new ProfilePage(page, name);
  await profile.open();
  return profile;
}

test('an edited profile passes axe and is there after a reload', async ({ page }) => {
  const profile = await profileOf(page, 'Alex');
  await profile.nameField.fill('Sam');
  await profile.languageField.selectOption({ label: 'Polski' });
  await profile.checkbox('Reads text').check();
  await profile.checkbox('Speech on').uncheck();
  await profile.addCard('Likes and strengths', 'drums');
  await expectNoAxeViolations(page);
  await profile.addCard('What helps them feel calm', 'quiet room');
  await profile.saveButton.click();

  const heading = page.getByRole('heading', { name: 'Sam', exact: true, level: 1 });
  await expect(heading).toBeVisible();
  await page.reload();
  await expect(heading).toBeVisible();
  await expect(page.getByText('Polski', { exact: true })).toBeVisible();
  await expect(
    page.getByText('Uses symbols, Uses photos, Reads text', { exact: true }),
  ).toBeVisible();
  await expect(page.getByText('drums', { exact: true })).toBeVisible();
  await expect(page.getByText('quiet room', { exact: true })).toBeVisible();

  await new ProfilePage(page, 'Sam').open();
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Sam');
  await expect(page.getByRole('checkbox', { name: 'Speech on', exact: true })).not.toBeChecked();
});

test('a 12-megapixel photo is stored at most 1600 px wide and 500 KB', async ({ page }) => {
  const profile = await profileOf(page, 'Alex');
  const photo = await makeCameraPhoto(page);
  const started = Date.now();
  await profile.photoField.setInputFiles({
    name: 'IMG_0001.jpg',
    mimeType: 'image/jpeg',
    buffer: photo,
  });
  await profile.expectPictureSaved();
  await expect(profile.currentPicture).toBeVisible();
  const elapsed = Date.now() - started;

  const stored = await readStoredPhoto(page, profile.personId());
  test.info().annotations.push({
    type: 'measured',
    description: `4000×3000 JPEG of ${photo.length} bytes → ${stored?.width}×${stored?.height}, ${stored?.size} bytes, in ${elapsed} ms`,
  });
  expect(stored).toMatchObject({ isBytes: true, type: 'image/jpeg' });
  expect(stored?.width).toBeLessThanOrEqual(1600);
  expect(stored?.height).toBeLessThanOrEqual(1200);
  expect(stored?.width).toBeGreaterThanOrEqual(1000);
  expect(stored?.size).toBeLessThanOrEqual(500 * 1024);
});

test('a file that is not a picture gets a plain message and changes nothing', async ({ page }) => {
  const profile = await profileOf(page, 'Alex');
  const symbols = page.getByRole('list', { name: 'Or choose a symbol', exact: true });
  await symbols.getByRole('button').first().click();
  await profile.expectPictureSaved();
  const before = await countRowsOf(page, profile.personId());

  await profile.photoField.setInputFiles({
    name: 'photo.jpg',
    mimeType: 'image/jpeg',
    buffer: Buffer.from('These are words, not a picture.'),
  });
  await expect(page.getByText(NOT_A_PICTURE, { exact: true })).toBeVisible();
  await expect(profile.currentPicture).toBeVisible();
  expect(await countRowsOf(page, profile.personId())).toEqual(before);
});

test('deleting a person asks twice and leaves no row of theirs in any table', async ({ page }) => {
  const profile = await profileOf(page, 'Alex');
  const personId = profile.personId();
  await profile.photoField.setInputFiles({
    name: 'me.jpg',
    mimeType: 'image/jpeg',
    buffer: await makeSmallPhoto(page),
  });
  await profile.expectPictureSaved();
  await page.getByRole('link', { name: 'Back to Alex', exact: true }).click();
  await page.getByRole('button', { name: 'Prepare a conversation', exact: true }).click();
  await page.getByRole('textbox', { name: 'Where did it happen?' }).fill('dining hall');
  await page.goto(`/people/${personId}`);

  const before = await countRowsOf(page, personId);
  expect(before.counts).toMatchObject({ people: 1, conversations: 1, media: 1 });

  await page.getByRole('button', { name: 'Delete person', exact: true }).click();
  await expect(page.getByText('Delete Alex from this tablet?', { exact: true })).toBeFocused();
  await page.getByRole('button', { name: 'Yes, go on', exact: true }).click();
  await expect(page.getByText(/^This erases Alex and everything about them/)).toBeFocused();
  expect((await countRowsOf(page, personId)).counts).toEqual(before.counts);
  await page.getByRole('button', { name: 'Erase Alex for good', exact: true }).click();

  await expect(new PeoplePage(page).heading).toBeVisible();
  await expect(new PeoplePage(page).person('Alex')).toHaveCount(0);
  const after = await countRowsOf(page, personId);
  expect(
    Object.values(after.counts).every((count) => count === 0),
    JSON.stringify(after),
  ).toBe(true);
  expect(after.tombstoneFields).toEqual(['deletedAt,id,stamp,table']);
  expect(after.tombstones).toBeGreaterThanOrEqual(3);
});

async function makeSmallPhoto(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 320;
    canvas.height = 240;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    context.fillStyle = '#2f5d62';
    context.fillRect(0, 0, 320, 240);
    return canvas.toDataURL('image/jpeg').split(',')[1] ?? '';
  });
  return Buffer.from(base64, 'base64');
}
