/**
 * Leaving Together ("Staff"): a press-and-hold while no staff PIN is set, else the PIN prompt
 * (a modal named "Staff PIN" with the field "PIN" and the buttons "Unlock" and "Cancel").
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { readStoredRows } from './stored-rows';

/** The stored count of PIN tries (setting `staffPinAttempts`), as far as these tests look. */
export interface StoredPinTries {
  readonly failures: number;
  readonly rounds: number;
  readonly waitUntil: number;
}

/** Longer than the 2 s the hold needs, so a slow machine still completes it. */
export const HOLD_TO_LEAVE_MS = 2500;

export class StaffExit {
  readonly staffButton: Locator;
  readonly holdHint: Locator;
  readonly prompt: Locator;
  readonly pinField: Locator;
  readonly unlockButton: Locator;
  readonly cancelButton: Locator;
  readonly noMatchMessage: Locator;
  /** "You can try again in …": a wait after a round of tries. */
  readonly waitLeft: Locator;

  constructor(readonly page: Page) {
    this.staffButton = page.getByRole('button', { name: 'Staff', exact: true });
    this.holdHint = page.getByText('Hold to leave', { exact: true });
    this.prompt = page.getByRole('dialog', { name: 'Staff PIN', exact: true });
    this.pinField = this.prompt.getByLabel('PIN', { exact: true });
    this.unlockButton = this.prompt.getByRole('button', { name: 'Unlock', exact: true });
    this.cancelButton = this.prompt.getByRole('button', { name: 'Cancel', exact: true });
    this.noMatchMessage = this.prompt.getByText('That PIN did not match. Please try again.');
    this.waitLeft = this.prompt.getByText(/^You can try again in /);
  }

  /** Mouse down on "Staff", held (the one sleep allowed: holding a press), then let go. */
  async holdToLeave(holdMs = HOLD_TO_LEAVE_MS): Promise<void> {
    const box = await this.staffButton.boundingBox();
    if (!box) throw new Error('"Staff" is not laid out');
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await this.page.mouse.down();
    await this.page.waitForTimeout(holdMs);
    await this.page.mouse.up();
  }

  /** A finger held on "Staff", sent as real touch events through CDP, then lifted. */
  async touchHoldToLeave(holdMs = HOLD_TO_LEAVE_MS): Promise<void> {
    const box = await this.staffButton.boundingBox();
    if (!box) throw new Error('"Staff" is not laid out');
    const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const cdp = await this.page.context().newCDPSession(this.page);
    try {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
      await this.page.waitForTimeout(holdMs);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    } finally {
      await cdp.detach();
    }
  }

  /** Enter held down on the focused "Staff", then let go. */
  async keyboardHoldToLeave(holdMs = HOLD_TO_LEAVE_MS): Promise<void> {
    await this.staffButton.focus();
    await this.page.keyboard.down('Enter');
    await this.page.waitForTimeout(holdMs);
    await this.page.keyboard.up('Enter');
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
