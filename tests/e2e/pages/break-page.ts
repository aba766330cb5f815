/** The Break screen in Together: reached by "Break" on any step, left by "Back to talking". */
import { expect, type Locator, type Page } from '@playwright/test';
import { readStoredRows } from './stored-rows';

export class BreakPage {
  readonly breakButton: Locator;
  readonly heading: Locator;
  readonly backButton: Locator;
  readonly playSoundButton: Locator;
  readonly stopSoundButton: Locator;
  readonly calmActivities: Locator;
  /** The breathing shape is decorative (hidden from assistive tech), so it has a test id. */
  readonly breathingShape: Locator;

  constructor(readonly page: Page) {
    this.breakButton = page.getByRole('button', { name: 'Break', exact: true });
    this.heading = page.getByRole('heading', { name: 'Take a break', exact: true, level: 1 });
    this.backButton = page.getByRole('button', { name: 'Back to talking', exact: true });
    this.playSoundButton = page.getByRole('button', { name: 'Play calm sound', exact: true });
    this.stopSoundButton = page.getByRole('button', { name: 'Stop sound', exact: true });
    this.calmActivities = page.getByRole('region', { name: 'Things that help you feel calm' });
    this.breathingShape = page.getByTestId('breathing-shape');
  }

  async takeBreak(): Promise<void> {
    await this.breakButton.click();
    await this.expectShown();
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.backButton).toBeVisible();
    await expect(this.page.getByText(/^Breathe (in|out)$/)).toBeVisible();
  }

  async backToTalking(): Promise<void> {
    await this.backButton.click();
    await expect(this.heading).toBeHidden();
  }

  /** The shape's computed transform on each of the next `frames` animation frames. */
  async shapeTransforms(frames: number): Promise<string[]> {
    return this.breathingShape.evaluate(async (shape, count) => {
      const seen: string[] = [];
      for (let i = 0; i < count; i += 1) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        seen.push(getComputedStyle(shape).transform);
      }
      return seen;
    }, frames);
  }
}

/**
 * Whether a conversation stored on this tablet is on a break. The screen changes at once, before
 * the change is stored (use-break.ts): a journey that reloads waits for this first.
 */
export async function isStoredOnBreak(page: Page): Promise<boolean> {
  const conversations = await readStoredRows<{ isOnBreak: boolean }>(page, 'conversations');
  return conversations.some((conversation) => conversation.isOnBreak);
}
