/**
 * Journey: staff back up everything to a file, carry on working, then restore the file by
 * replacing what is on the tablet, and undo that restore. A file that is not a backup is
 * refused in plain words.
 */
import { expect, test } from './fixtures';
import { PeoplePage } from './pages/people-page';
import { SettingsPage } from './pages/settings-page';

test('back up, replace from the file, and undo the restore', async ({ page }, testInfo) => {
  const people = new PeoplePage(page);
  const settings = new SettingsPage(page);
  await people.goto();
  await people.addPerson('Robin');

  await settings.goto();
  const section = settings.backupSection;
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('button', { name: 'Back up now', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^restory-backup-\d{4}-\d{2}-\d{2}\.zip$/);
  const file = testInfo.outputPath('backup.zip');
  await download.saveAs(file);
  await expect(section.getByRole('status').first()).toHaveText(/^Backup saved as /);

  await people.goto();
  await people.addPerson('Alex');

  await settings.goto();
  await section.getByLabel('Backup file', { exact: true }).setInputFiles(file);
  await expect(section.getByText('People in it: Robin.', { exact: true })).toBeVisible();
  await section.getByRole('button', { name: 'Replace', exact: true }).click();
  await section.getByRole('button', { name: 'Yes, replace', exact: true }).click();
  await expect(section.getByText(/^Done\. This tablet now holds the backup\./)).toBeVisible();

  await people.goto();
  await expect(people.person('Robin')).toBeVisible();
  await expect(people.person('Alex')).toHaveCount(0);

  await settings.goto();
  await section.getByRole('button', { name: 'Undo the last restore', exact: true }).click();
  await expect(section.getByText(/back as it was before the last restore/)).toBeVisible();
  await people.goto();
  await expect(people.person('Alex')).toBeVisible();
});

test('a file that is not a backup is refused and nothing changes', async ({ page }) => {
  const people = new PeoplePage(page);
  const settings = new SettingsPage(page);
  await people.goto();
  await people.addPerson('Robin');
  await settings.goto();

  await settings.backupSection.getByLabel('Backup file', { exact: true }).setInputFiles({
    name: 'notes.zip',
    mimeType: 'application/zip',
    buffer: Buffer.from('shopping list'),
  });
  await expect(
    settings.backupSection.getByText(
      'This file is not a Restory backup, or it is damaged. Nothing has changed.',
      { exact: true },
    ),
  ).toBeVisible();
  await people.goto();
  await expect(people.person('Robin')).toBeVisible();
});
