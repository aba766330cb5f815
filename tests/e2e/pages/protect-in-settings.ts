/** Settings → "Protect with a passcode", as staff set it up (issue 16): shared by its journeys. */
import type { Page } from '@playwright/test';

export const PASSCODE = 'copper kettle at dawn';

/**
 * On Settings: the passcode twice, the recovery key confirmed as saved, and "Start protecting".
 * `beforeStart` runs just before the last press (a journey that slows the page down, say).
 */
export async function protectInSettings(
  page: Page,
  beforeStart: () => Promise<void> = () => Promise.resolve(),
): Promise<void> {
  await page.getByLabel('Passcode', { exact: true }).fill(PASSCODE);
  await page.getByLabel('Confirm passcode', { exact: true }).fill(PASSCODE);
  await page.getByRole('button', { name: 'Protect with a passcode', exact: true }).click();
  await page
    .getByRole('checkbox', { name: 'I have saved the recovery key somewhere safe' })
    .check();
  await beforeStart();
  await page.getByRole('button', { name: 'Start protecting', exact: true }).click();
}
