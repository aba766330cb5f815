/** Settings → "Protect with a passcode", as staff set it up (issue 16): shared by its journeys. */
import { expect, type Page } from '@playwright/test';
import { PeoplePage } from './people-page';

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

/** A tablet with one person on it, protected in Settings (sealing finished); its People page. */
export async function protectedWith(page: Page, name: string): Promise<PeoplePage> {
  const people = new PeoplePage(page);
  await people.goto();
  await people.addPerson(name);
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await protectInSettings(page);
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  return people;
}
