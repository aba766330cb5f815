/** A person's page (`/people/:id`): heading with the name, and the way into Together. */
import type { Locator, Page } from '@playwright/test';
import { StoryboardPage } from './storyboard-page';

export class PersonPage {
  readonly heading: Locator;
  readonly startTogetherButton: Locator;

  constructor(
    readonly page: Page,
    readonly name: string,
  ) {
    this.heading = page.getByRole('heading', { name, exact: true, level: 1 });
    this.startTogetherButton = page.getByRole('button', { name: 'Start together', exact: true });
  }

  async startTogether(): Promise<StoryboardPage> {
    await this.startTogetherButton.click();
    const storyboard = new StoryboardPage(this.page);
    await storyboard.arriveFromWelcome();
    return storyboard;
  }
}
