/**
 * "Set a staff PIN first": what "Start together" shows on a tablet with no staff PIN, before
 * anything of Together. Journeys that are not about it set TEST_PIN here and go on.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export const TEST_PIN = '2468';

export class FirstPinPage {
  readonly heading: Locator;
  readonly name: Locator;
  readonly newPin: Locator;
  readonly confirmPin: Locator;
  readonly saveAndStart: Locator;
  readonly notNow: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Set a staff PIN first', level: 1 });
    this.name = page.getByRole('textbox', { name: 'Your name', exact: true });
    this.newPin = page.getByLabel('New PIN', { exact: true });
    this.confirmPin = page.getByLabel('Confirm PIN', { exact: true });
    this.saveAndStart = page.getByRole('button', { name: 'Save PIN and start', exact: true });
    this.notNow = page.getByRole('button', { name: 'Not now', exact: true });
  }

  async setPin(pin = TEST_PIN, staffName = 'Sam Staff'): Promise<void> {
    await expect(this.heading).toBeVisible();
    await this.name.fill(staffName);
    await this.newPin.fill(pin);
    await this.confirmPin.fill(pin);
    await this.saveAndStart.click();
  }

  /**
   * After "Start together": sets TEST_PIN when Together asks for a first PIN, then waits for
   * `arrived` (Welcome, or "Are we ready?"). The question shows before any step, so waiting for
   * either of the two is enough to know which came.
   */
  async setPinIfAsked(arrived: Locator): Promise<void> {
    await expect(this.heading.or(arrived)).toBeVisible();
    if (await this.heading.isVisible()) await this.setPin();
    await expect(arrived).toBeVisible();
  }
}
