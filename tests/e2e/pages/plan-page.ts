/** A person's support plan and its screens (`/people/:id/plan…`), as staff use them. */
import { expect, type Locator, type Page } from '@playwright/test';

export class PlanPage {
  constructor(
    readonly page: Page,
    readonly name: string,
  ) {}

  async expectShown(): Promise<void> {
    await expect(
      this.page.getByRole('heading', { name: `Support plan: ${this.name}`, level: 1 }),
    ).toBeVisible();
  }

  /** A suggestion on "Update support plan", named by its words. */
  suggestion(words: string): Locator {
    return this.page.getByRole('group', { name: words, exact: true });
  }

  async decide(words: string, decision: 'Accept' | 'Drop'): Promise<void> {
    const button = this.suggestion(words).getByRole('button', { name: decision, exact: true });
    await button.tap();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
  }

  /** The items a section of the plan shows, as their words. */
  section(heading: string): Locator {
    return this.page.getByRole('list', { name: heading, exact: true });
  }

  async open(action: string): Promise<void> {
    await this.page.getByRole('link', { name: action, exact: true }).tap();
  }

  async back(): Promise<void> {
    await this.page.getByRole('link', { name: 'Back to the support plan' }).tap();
    await this.expectShown();
  }
}
