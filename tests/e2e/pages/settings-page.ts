/** Settings (`/settings`): the staff PIN, backups and storage sections. */
import { expect, type Locator, type Page } from '@playwright/test';

export class SettingsPage {
  readonly heading: Locator;
  readonly pinSection: Locator;
  readonly currentPin: Locator;
  readonly newPin: Locator;
  readonly confirmPin: Locator;
  readonly savePin: Locator;
  readonly storageSection: Locator;
  readonly backupSection: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Settings', exact: true, level: 1 });
    this.pinSection = page.getByRole('region', { name: 'Staff PIN', exact: true });
    this.currentPin = this.pinSection.getByLabel('Current PIN', { exact: true });
    this.newPin = this.pinSection.getByLabel('New PIN', { exact: true });
    this.confirmPin = this.pinSection.getByLabel('Confirm PIN', { exact: true });
    this.savePin = this.pinSection.getByRole('button', { name: 'Save PIN', exact: true });
    this.storageSection = page.getByRole('region', { name: 'Storage on this tablet', exact: true });
    this.backupSection = page.getByRole('region', { name: 'Backups', exact: true });
  }

  async goto(): Promise<void> {
    await this.page.goto('/settings');
    await expect(this.heading).toBeVisible();
    await expect(this.newPin).toBeVisible();
  }

  /** Sets the first staff PIN (no PIN set before). */
  async setPin(pin: string): Promise<void> {
    await this.newPin.fill(pin);
    await this.confirmPin.fill(pin);
    await this.savePin.click();
    await expect(this.pinSection.getByText('The PIN is saved.', { exact: true })).toBeVisible();
    await expect(this.currentPin).toBeVisible();
  }
}
