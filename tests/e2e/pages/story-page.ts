/**
 * A social story for staff (`/stories/:id`): the editor's pages ("Page N" items of the list
 * "Pages"), the criteria check, "Save story"; and the reader ("Story"), whose pages turn by
 * swipe, by key and by "Next page" / "Previous page".
 */
import { expect, type Locator, type Page } from '@playwright/test';

export class StoryEditorPage {
  readonly pages: Locator;
  readonly advice: Locator;

  constructor(readonly page: Page) {
    this.pages = page.getByRole('list', { name: 'Pages', exact: true }).getByRole('listitem', {
      name: /^Page \d+$/,
    });
    this.advice = page.getByRole('region', { name: 'Criteria check' });
  }

  pageNumbered(number: number): Locator {
    return this.page.getByRole('listitem', { name: `Page ${number}`, exact: true });
  }

  sentence(page: number, sentence: number): Locator {
    return this.pageNumbered(page).getByRole('textbox', { name: `Sentence ${sentence}` });
  }

  async save(reason: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'What changed (optional)' }).fill(reason);
    await this.page.getByRole('button', { name: 'Save story', exact: true }).tap();
    await expect(this.page.getByText(/^Saved as version \d+\.$/)).toBeVisible();
  }
}

export class StoryReaderPage {
  readonly reader: Locator;
  readonly where: Locator;

  constructor(readonly page: Page) {
    this.reader = page.getByRole('region', { name: 'Story', exact: true });
    this.where = this.reader.getByText(/^Page \d+ of \d+$/);
  }

  async expectAt(number: number, total?: number): Promise<void> {
    await expect(this.where).toHaveText(
      total === undefined ? new RegExp(`^Page ${number} of \\d+$`) : `Page ${number} of ${total}`,
    );
  }

  /** A one-finger swipe across the page, sent as real touch events through CDP. */
  async swipe(direction: 'left' | 'right'): Promise<void> {
    const box = await this.reader.locator('.story-reader__stage').boundingBox();
    if (!box) throw new Error('The story page is not on screen');
    const y = box.y + box.height / 2;
    const [fromX, toX] =
      direction === 'left'
        ? [box.x + box.width * 0.8, box.x + box.width * 0.2]
        : [box.x + box.width * 0.2, box.x + box.width * 0.8];
    const cdp = await this.page.context().newCDPSession(this.page);
    try {
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchStart',
        touchPoints: [{ x: fromX, y }],
      });
      for (let i = 1; i <= 8; i += 1) {
        const x = fromX + ((toX - fromX) * i) / 8;
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    } finally {
      await cdp.detach();
    }
  }
}
