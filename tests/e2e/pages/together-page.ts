/**
 * Together's frame (`/together/:conversationId`): the step heading, Back / Next, the step
 * pictures at the foot, Break and Staff. Each step's own page model builds on this.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { readStoredRows } from './stored-rows';

/** The stored conversation, as far as these tests look into it. */
export interface StoredConversation {
  readonly step: string;
  readonly status: string;
  readonly welcome: { readonly ways: readonly string[]; readonly isCalmFirst: boolean | null };
  readonly story: readonly {
    readonly placements: readonly {
      readonly cardId: string;
      readonly bubbles: readonly { readonly kind: string; readonly text: string }[];
    }[];
  }[];
  readonly feelings: readonly { readonly cardId: string | null; readonly size: number | null }[];
  readonly links: readonly { readonly feelingCardId: string; readonly behaviourCardId: string }[];
  readonly affected: readonly { readonly feelingCardId: string | null }[];
  readonly strategies: readonly string[];
  readonly repairs?: readonly string[];
  readonly isRepairNotNow?: boolean;
  readonly startFrameId?: string | null;
  readonly strategyFeelings?: readonly {
    readonly strategyId: string;
    readonly feelingCardId: string;
  }[];
  readonly commitments: readonly string[];
  readonly commitmentNote: string;
  readonly positive: { readonly activityId: string; readonly plannedFor: string } | null;
}

export const STEP_HEADINGS = [
  'Welcome',
  'What happened?',
  'How did it feel?',
  'Who was affected?',
  'Making things right',
  'What can help next time?',
  'Something good together',
  'Finish',
] as const;
export type StepHeading = (typeof STEP_HEADINGS)[number];

export class TogetherPage {
  readonly nextButton: Locator;
  readonly backButton: Locator;
  readonly steps: Locator;

  constructor(readonly page: Page) {
    this.nextButton = page.getByRole('button', { name: 'Next', exact: true });
    this.backButton = page.getByRole('button', { name: 'Back', exact: true });
    this.steps = page.getByRole('navigation', { name: 'Steps', exact: true });
  }

  heading(step: StepHeading): Locator {
    return this.page.getByRole('heading', { name: step, exact: true, level: 1 });
  }

  async expectOn(step: StepHeading): Promise<void> {
    await expect(this.heading(step)).toBeVisible();
    await expect(this.steps.getByRole('button', { name: step, exact: true })).toHaveAttribute(
      'aria-current',
      'step',
    );
  }

  /** "Next" by finger, then waits for the next step's heading. */
  async next(to: StepHeading): Promise<void> {
    await this.nextButton.tap();
    await this.expectOn(to);
  }

  /** A step picture at the foot: any step can be reached (and so skipped) from there. */
  async goTo(step: StepHeading): Promise<void> {
    await this.steps.getByRole('button', { name: step, exact: true }).click();
    await this.expectOn(step);
  }

  /** The one conversation on the device, read straight from IndexedDB. */
  async stored(): Promise<StoredConversation> {
    const [conversation] = await readStoredRows<StoredConversation>(this.page, 'conversations');
    if (!conversation) throw new Error('No conversation is stored');
    return conversation;
  }

  /**
   * Reloads once what the user just did is stored (writes are asynchronous), then checks the
   * same step came back.
   */
  async reloadOn(
    step: StepHeading,
    isStored: (conversation: StoredConversation) => boolean,
  ): Promise<void> {
    await expect.poll(async () => isStored(await this.stored())).toBe(true);
    await this.page.reload();
    await this.expectOn(step);
  }
}
