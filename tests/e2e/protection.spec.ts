/**
 * Journey: "Protect with a passcode" (issue 16). Once set up, the browser's own files (IndexedDB's
 * LevelDB log and tables, read as LevelDB reads them) hold no copy of a person's name, a staff
 * note or a photo's bytes; a reload opens locked, with nothing of any record on the page; a
 * passcode that does not open changes nothing; the right one opens everything again, and
 * "Lock now" clears the page. Chromium runs with a profile of the test's own on disk.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openProfile, watchForErrors } from './browser-profile';
import { copiesOf } from './browser-files';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { PeoplePage } from './pages/people-page';
import { PreparePage } from './pages/prepare-page';
import { PASSCODE, protectedWith, protectInSettings } from './pages/protect-in-settings';

const NAME = 'Quillon Marchbanks-Oyelaran';
const NOTE = 'Quillon tipped the xylophone trolley in the hall';

/** A tablet with Quillon on it, protected in Settings (sealing finished); its People page. */
const protectedWithSomeone = (page: Page) => protectedWith(page, NAME);

const countOf = (copies: Record<string, number>) =>
  Object.values(copies).reduce((a, b) => a + b, 0);

test('a protected tablet’s files hold no name or note, and locked, its page shows none', async () => {
  test.slow();
  const profile = test.info().outputPath('profile');
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
  await prepare.fill({ where: 'the hall', note: NOTE });
  await page.getByRole('textbox', { name: 'What happened (staff only)' }).blur();
  await expect.poll(() => prepare.storedStaffNote()).toBe(NOTE);
  // The files hold them before (so the reader finds what it looks for).
  expect(countOf(copiesOf(NAME, indexedDb))).toBeGreaterThan(0);
  expect(countOf(copiesOf(NOTE.slice(0, 24), indexedDb))).toBeGreaterThan(0);

  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByLabel('Passcode', { exact: true }).fill(PASSCODE);
  await page.getByLabel('Confirm passcode', { exact: true }).fill(PASSCODE);
  await page.getByRole('button', { name: 'Protect with a passcode', exact: true }).click();
  const start = page.getByRole('button', { name: 'Start protecting', exact: true });
  await expect(start).toBeDisabled();
  await expectNoAxeViolations(page);
  await page
    .getByRole('checkbox', { name: 'I have saved the recovery key somewhere safe' })
    .check();
  await start.click();
  await expect(
    page.getByText('The records on this tablet are protected with a passcode.'),
  ).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(0);

  for (const text of [NAME, NOTE.slice(0, 24), NOTE.slice(-20)]) {
    await expect.poll(() => copiesOf(text, indexedDb), { timeout: 15_000 }).toEqual({});
  }

  // A reload opens locked: nothing of any record on the page.
  await page.reload();
  const locked = page.getByRole('heading', { name: 'Restory is locked', level: 1 });
  await expect(locked).toBeVisible();
  expect(await page.locator('body').innerText()).not.toContain('Quillon');
  await expectNoAxeViolations(page);

  await page.getByLabel('Passcode', { exact: true }).fill('copper kettle at dusk');
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByText(/That passcode does not open the records/)).toBeVisible();
  await expect(locked).toBeVisible();

  await page.getByLabel('Passcode', { exact: true }).fill(PASSCODE);
  await page.getByLabel('Your name', { exact: true }).fill('Jo');
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(
    page.getByText('The records on this tablet are protected with a passcode.'),
  ).toBeVisible();
  // Within the app: a page load would start locked again, as the key lives in the tab's memory.
  await page.getByRole('link', { name: 'People', exact: true }).click();
  await expect(people.person(NAME)).toBeVisible();
  await people.openPerson(NAME);

  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('button', { name: 'Lock now', exact: true }).click();
  await expect(locked).toBeVisible();
  expect(await page.locator('body').innerText()).not.toContain('Quillon');
  expect(await page.content()).not.toContain('Quillon');

  // During Together the individual sees a calm pause, not the prompt, until staff come.
  await page.goto('/together/any-conversation');
  await expect(page.getByRole('heading', { name: 'Time for a pause', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Passcode', { exact: true })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Staff', exact: true }).click();
  await expect(locked).toBeVisible();

  await context.close();
  expect(errors).toEqual([]);
});

test('a backup made while protected holds no name, and restores only with its passcode', async ({
  page,
}, testInfo) => {
  const people = new PeoplePage(page);
  await people.goto();
  await people.addPerson(NAME);
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await protectInSettings(page);
  await expect(
    page.getByText('The records on this tablet are protected with a passcode.'),
  ).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Back up now', exact: true }).click(),
  ]);
  const file = testInfo.outputPath('protected-backup.zip');
  await download.saveAs(file);
  const bytes = readFileSync(file);
  expect(bytes.includes(Buffer.from('Quillon'))).toBe(false);
  expect(bytes.includes(Buffer.from('restory-protected-backup.json'))).toBe(true);

  // Restoring asks for the backup's passcode first; one that does not open it changes nothing.
  await page.getByLabel('Backup file', { exact: true }).setInputFiles(file);
  const secret = page.getByLabel('Passcode or recovery key', { exact: true });
  await secret.fill('copper kettle at dusk');
  await page.getByRole('button', { name: 'Open backup', exact: true }).click();
  await expect(
    page.getByText(/That does not open this backup\. Nothing has changed\./),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await secret.fill(PASSCODE);
  await page.getByRole('button', { name: 'Open backup', exact: true }).click();
  await expect(page.getByText(`People in it: ${NAME}.`, { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Done/ })).toBeVisible();
});

test('two tabs: what one adds while the other is locked or open shows in the other', async ({
  page,
}) => {
  const people = await protectedWithSomeone(page);

  // The second tab opens locked, and reads the sealed records ahead while staff type.
  const other = await page.context().newPage();
  const otherPeople = new PeoplePage(other);
  await other.goto('/');
  await expect(other.getByRole('heading', { name: 'Restory is locked', level: 1 })).toBeVisible();
  await other.waitForTimeout(1000); // staff looking at the lock screen: the records are read ahead
  await page.getByRole('link', { name: 'People', exact: true }).click();
  await people.addPerson('Tamsin Okonjo-Reyes');

  await other.getByLabel('Passcode', { exact: true }).fill(PASSCODE);
  await other.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(otherPeople.person(NAME)).toBeVisible();
  await expect(otherPeople.person('Tamsin Okonjo-Reyes')).toBeVisible();

  // Both open: a person added in one tab shows in the other, which had never opened it.
  await otherPeople.addPerson('Uriel Fairweather');
  await expect(people.person('Uriel Fairweather')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
