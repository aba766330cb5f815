/**
 * Preparing a conversation (`/conversations/:id/prepare`) and its readiness check
 * (`/conversations/:id/ready`, heading "Are we ready?").
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { StoryboardPage } from './storyboard-page';
import { readStoredRows } from './stored-rows';

export class PreparePage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', {
      name: 'Prepare a conversation',
      exact: true,
      level: 1,
    });
  }

  async fill(details: { where: string; note: string; when?: string }): Promise<void> {
    await expect(this.heading).toBeVisible();
    if (details.when) await this.page.getByLabel('When did it happen?').fill(details.when);
    await this.page.getByRole('textbox', { name: 'Where did it happen?' }).fill(details.where);
    await this.page.getByRole('textbox', { name: 'What happened (staff only)' }).fill(details.note);
  }

  /** The staff note as stored on the device (IndexedDB), to know a typed change has landed. */
  async storedStaffNote(): Promise<string | null> {
    const rows = await readStoredRows<{ preparation: { staffNote: string } | null }>(
      this.page,
      'conversations',
    );
    return rows[0]?.preparation?.staffNote ?? null;
  }

  async toReadiness(): Promise<ReadinessPage> {
    await this.page.getByRole('link', { name: 'Next: are we ready?' }).click();
    const readiness = new ReadinessPage(this.page);
    await expect(readiness.heading).toBeVisible();
    return readiness;
  }
}

export class ReadinessPage {
  readonly heading: Locator;
  readonly items: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Are we ready?', exact: true, level: 1 });
    this.items = page.getByRole('group');
  }

  async answerAll(answer: 'Yes' | 'Not yet'): Promise<void> {
    const count = await this.items.count();
    for (let i = 0; i < count; i += 1)
      await this.items.nth(i).getByRole('radio', { name: answer, exact: true }).check();
  }

  async answer(question: RegExp, answer: 'Yes' | 'Not yet'): Promise<void> {
    await this.page
      .getByRole('group', { name: question })
      .getByRole('radio', { name: answer, exact: true })
      .check();
  }

  async startTogether(): Promise<StoryboardPage> {
    await this.page.getByRole('button', { name: 'Start together', exact: true }).click();
    const storyboard = new StoryboardPage(this.page);
    await storyboard.arriveFromWelcome();
    return storyboard;
  }
}
