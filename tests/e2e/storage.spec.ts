/**
 * Journey: staff open Settings and see whether this tablet keeps Restory's records safe, and how
 * much space is used and free — figures from the real Chromium Storage API.
 */
import { expect, test } from './fixtures';
import { SettingsPage } from './pages/settings-page';

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
