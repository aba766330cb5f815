/**
 * Leaving Together ("Staff"): the PIN prompt (a modal named "Staff PIN" with the field "PIN" and
 * the buttons "Unlock" and "Cancel"). Together never opens without a staff PIN (first-pin.ts).
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { TEST_PIN } from './first-pin';
import { readStoredRows } from './stored-rows';

/** The stored count of PIN tries (setting `staffPinAttempts`), as far as these tests look. */
export interface StoredPinTries {
  readonly failures: number;
  readonly rounds: number;
  readonly waitUntil: number;
}

export class StaffExit {
  readonly staffButton: Locator;
  readonly prompt: Locator;
  readonly pinField: Locator;
  readonly unlockButton: Locator;
  readonly cancelButton: Locator;
  readonly noMatchMessage: Locator;
  /** "You can try again in …": a wait after a round of tries. */
  readonly waitLeft: Locator;

  constructor(readonly page: Page) {
    this.staffButton = page.getByRole('button', { name: 'Staff', exact: true });
    this.prompt = page.getByRole('dialog', { name: 'Staff PIN', exact: true });
    this.pinField = this.prompt.getByLabel('PIN', { exact: true });
    this.unlockButton = this.prompt.getByRole('button', { name: 'Unlock', exact: true });
    this.cancelButton = this.prompt.getByRole('button', { name: 'Cancel', exact: true });
    this.noMatchMessage = this.prompt.getByText('That PIN did not match. Please try again.');
    this.waitLeft = this.prompt.getByText(/^You can try again in /);
  }

  /**
   * "Staff", the PIN and "Unlock", by mouse, finger or keyboard; waits until Together has let
   * go. Checking a PIN is slow on purpose (600,000 PBKDF2 rounds), and slower still on a busy
   * machine, so the wait is longer than an assertion's.
   */
  async leave(how: 'mouse' | 'touch' | 'keyboard' = 'mouse', pin = TEST_PIN): Promise<void> {
    if (how === 'keyboard') {
      await this.staffButton.focus();
      await this.page.keyboard.press('Enter');
      await expect(this.pinField).toBeFocused();
      await this.page.keyboard.type(pin);
      await this.page.keyboard.press('Enter');
    } else {
      if (how === 'touch') await this.staffButton.tap();
      else await this.staffButton.click();
      await expect(this.pinField).toBeFocused();
      await this.pinField.fill(pin);
      if (how === 'touch') await this.unlockButton.tap();
      else await this.unlockButton.click();
    }
    await expect(this.staffButton).toBeHidden({ timeout: 30_000 });
  }

  async openPrompt(): Promise<void> {
    await this.staffButton.click();
    await expect(this.prompt).toBeVisible();
    await expect(this.pinField).toBeFocused();
  }

  async typePin(pin: string): Promise<void> {
    await this.pinField.fill(pin);
    await this.unlockButton.click();
  }

  /** The stored count of tries shared by every tab, read straight from IndexedDB. */
  async storedTries(): Promise<StoredPinTries | undefined> {
    const settings = await readStoredRows<{ key: string; value: unknown }>(this.page, 'settings');
    return settings.find((setting) => setting.key === 'staffPinAttempts')?.value as
      StoredPinTries | undefined;
  }
}
