/** The staff guide beside a Together step: prompts, reassurance, reminders, take-up time. */
import { expect, type Locator, type Page } from '@playwright/test';

export class StaffGuidePanel {
  readonly panel: Locator;
  readonly toggle: Locator;
  readonly startWaitButton: Locator;
  readonly stopWaitButton: Locator;
  readonly waitProgress: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('complementary', { name: 'Staff guide', exact: true });
    // The toggle sits in Together's top bar; the panel is there only while open.
    this.toggle = page.getByRole('button', { name: 'Staff guide', exact: true });
    this.startWaitButton = this.panel.getByRole('button', {
      name: 'Give take-up time',
      exact: true,
    });
    this.stopWaitButton = this.panel.getByRole('button', { name: 'Stop waiting', exact: true });
    this.waitProgress = this.panel.getByRole('progressbar', { name: 'Take-up time left' });
  }

  async open(): Promise<void> {
    await this.toggle.click();
    await expect(this.toggle).toHaveAttribute('aria-expanded', 'true');
  }

  async close(): Promise<void> {
    await this.toggle.click();
    await expect(this.toggle).toHaveAttribute('aria-expanded', 'false');
  }

  /** A prompt, reassurance line or reminder shown in the guide. */
  line(text: string): Locator {
    return this.panel.getByRole('listitem').filter({ hasText: text });
  }

  /** The seconds left as the visible words say them ("12 seconds left"). */
  secondsLeft(): Locator {
    return this.panel.getByText(/^\d+ seconds? left$/);
  }
}
