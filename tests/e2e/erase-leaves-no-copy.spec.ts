/**
 * Journey: after "Erase … for good", the person's name and a staff note typed about them can no
 * longer be read in the browser's own files — IndexedDB's LevelDB log and tables, the saved
 * session with its form state, everything in the profile (issue 18, point 7). Chromium runs with
 * a profile of the test's own on disk, as a tablet's browser does; the files are read as LevelDB
 * reads them (browser-files.ts), so a copy a table compressed away is still found.
 */
import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { openProfile, watchForErrors } from './browser-profile';
import { copiesOf } from './browser-files';
import { PeoplePage } from './pages/people-page';
import { PreparePage } from './pages/prepare-page';

// Distinctive, so a copy found is this one.
const NAME = 'Quillon Zarathustra-Vey';
const FIRST_NOTE = 'Quillon pushed the xylophonist table over at tea';
const SECOND_NOTE = 'Quillon pushed a table over at tea; nobody was hurt';

/** Types the note in bursts, as staff do, each burst stored before the next. */
async function typeStaffNote(page: Page, prepare: PreparePage): Promise<void> {
  const note = page.getByRole('textbox', { name: 'What happened (staff only)' });
  for (const words of FIRST_NOTE.match(/.{1,12}/g) ?? []) {
    await note.pressSequentially(words);
    await expect.poll(() => prepare.storedStaffNote()).toMatch(new RegExp(`${words}$`));
  }
  await note.fill(SECOND_NOTE);
  await note.blur();
  await expect.poll(() => prepare.storedStaffNote()).toBe(SECOND_NOTE);
}

test('an erased person’s name and staff note are gone from the browser’s files', async () => {
  test.slow();
  const testInfo = test.info();
  const profile = testInfo.outputPath('profile');
  const indexedDb = join(profile, 'Default', 'IndexedDB');
  const context = await openProfile(profile);
  const page = context.pages()[0] ?? (await context.newPage());
  const errors = watchForErrors(page);

  const people = new PeoplePage(page);
  await people.goto();
  await people.addPerson(NAME);
  await people.openPerson(NAME);
  await page.getByRole('button', { name: 'Prepare a conversation', exact: true }).click();
  const prepare = new PreparePage(page);
  await expect(prepare.heading).toBeVisible();
  await typeStaffNote(page, prepare);
  // Leaving the page while the note is on it, as a reload or a closed tab does: the browser keeps
  // the page's form state in its history, unless a field says autocomplete="off".
  await people.goto();
  await people.openPerson(NAME);

  // The files hold them now (so the reader finds what it looks for): each change of a record
  // also writes the record as it was, to undo the change if the transaction fails.
  const before = {
    name: Object.values(copiesOf(NAME, indexedDb)).reduce((a, b) => a + b, 0),
    note: Object.values(copiesOf(FIRST_NOTE.slice(0, 24), indexedDb)).reduce((a, b) => a + b, 0),
  };
  expect(before.name).toBeGreaterThan(0);
  expect(before.note).toBeGreaterThan(0);
  testInfo.annotations.push({
    type: 'copies before the erase',
    description: JSON.stringify(before),
  });

  await page.getByRole('button', { name: 'Delete person', exact: true }).click();
  await page.getByRole('button', { name: 'Yes, go on', exact: true }).click();
  const erasing = Date.now();
  await page.getByRole('button', { name: `Erase ${NAME} for good`, exact: true }).click();
  await expect(people.heading).toBeVisible();
  await expect(people.person(NAME)).toHaveCount(0);

  // Within a few seconds, with the app still open: nothing in IndexedDB's files.
  for (const text of [NAME, FIRST_NOTE.slice(0, 24), SECOND_NOTE.slice(-20)]) {
    await expect.poll(() => copiesOf(text, indexedDb), { timeout: 10_000 }).toEqual({});
  }
  testInfo.annotations.push({
    type: 'gone from IndexedDB after',
    description: `${Date.now() - erasing} ms`,
  });

  // Nor anywhere in the profile once the browser has saved its session and closed: no copy in
  // the form state it keeps to restore pages (the note's field has autocomplete="off").
  await page.goto('/');
  await expect(people.heading).toBeVisible();
  await context.close();
  for (const text of [NAME, FIRST_NOTE.slice(0, 24), SECOND_NOTE.slice(-20)])
    expect(copiesOf(text, profile), text).toEqual({});
  expect(errors).toEqual([]);
});
