/**
 * The Together steps after "What happened?", one small model each, named as the screen names
 * its controls. `press` is how a control is used: a finger tap, or the keyboard (focus + Enter).
 */
import { expect, type Locator, type Page } from '@playwright/test';

export type Press = (control: Locator) => Promise<void>;

export const byTouch: Press = (control) => control.tap();
export const byKeyboard: Press = async (control) => {
  await control.focus();
  await control.press('Enter');
};

async function pressOn(press: Press, control: Locator): Promise<void> {
  await press(control);
  await expect(control).toHaveAttribute('aria-pressed', 'true');
}

export class WelcomeStep {
  constructor(readonly page: Page) {}

  async chooseWays(press: Press, ways: readonly string[]): Promise<void> {
    for (const way of ways) {
      await pressOn(press, this.page.getByRole('button', { name: way, exact: true }));
    }
  }

  async choose(press: Press, answer: string): Promise<void> {
    await pressOn(press, this.page.getByRole('button', { name: answer, exact: true }));
  }
}

export class FeelingsStep {
  constructor(readonly page: Page) {}

  async showStep(press: Press, number: number): Promise<void> {
    const chip = this.page
      .getByRole('list', { name: 'Story steps' })
      .getByRole('button', { name: `Step ${number}`, exact: true });
    await pressOn(press, chip);
  }

  async feel(press: Press, feeling: string, size: string): Promise<void> {
    const cards = this.page.getByRole('list', { name: 'How did you feel?' });
    await pressOn(press, cards.getByRole('button', { name: feeling, exact: true }));
    const radio = this.page
      .getByRole('radiogroup', { name: 'How big was it?' })
      .getByRole('radio', { name: size, exact: true });
    if (press === byKeyboard) {
      await radio.focus();
      await radio.press('Space');
    } else {
      await radio.tap();
    }
    await expect(radio).toBeChecked();
  }

  async link(press: Press, feeling: string, behaviour: string): Promise<void> {
    await pressOn(press, this.page.getByRole('button', { name: `I felt ${feeling}`, exact: true }));
    await pressOn(press, this.page.getByRole('button', { name: `so I ${behaviour}`, exact: true }));
    await press(this.page.getByRole('button', { name: 'Link them', exact: true }));
    await expect(
      this.page
        .getByRole('list', { name: 'Links' })
        .getByText(`I felt ${feeling} so I ${behaviour}.`),
    ).toBeVisible();
  }
}

export class AffectedStep {
  constructor(readonly page: Page) {}

  async mark(press: Press, who: string, feeling: string): Promise<void> {
    const there = this.page.getByRole('list', { name: 'Who was there?' });
    await pressOn(press, there.getByRole('button', { name: who, exact: true }));
    const group = this.page.getByRole('group', { name: `How did ${who} feel? What do you think?` });
    await pressOn(press, group.getByRole('button', { name: feeling, exact: true }));
  }
}

export class NextTimeStep {
  constructor(readonly page: Page) {}

  async choose(press: Press, strategy: string): Promise<void> {
    const list = this.page.getByRole('list', { name: 'What could help you next time?' });
    await pressOn(press, list.getByRole('button', { name: strategy, exact: true }));
  }

  async staffWill(press: Press, commitment: string, note: string): Promise<void> {
    const staff = this.page.getByRole('region', { name: 'What we will do differently' });
    await pressOn(press, staff.getByRole('button', { name: commitment, exact: true }));
    await staff.getByRole('textbox', { name: 'Anything else we will do' }).fill(note);
  }
}

export class SomethingGoodStep {
  constructor(readonly page: Page) {}

  async plan(press: Press, activity: string, when: string): Promise<void> {
    await pressOn(press, this.page.getByRole('button', { name: activity, exact: true }));
    await pressOn(press, this.page.getByRole('button', { name: when, exact: true }));
  }
}

export class FinishStep {
  readonly story: Locator;

  constructor(readonly page: Page) {
    this.story = page.getByRole('list', { name: 'The whole story' });
  }

  /** Reads the story aloud where the tablet has a voice; otherwise the calm fallback shows. */
  async readAloudOrFallback(press: Press): Promise<void> {
    const read = this.page.getByRole('button', { name: 'Read the story aloud', exact: true });
    const fallback = this.page.getByText(
      'This tablet has no voice for this language. You can read the story together.',
    );
    await expect(read.or(fallback)).toBeVisible();
    if (await read.isVisible()) await press(read);
  }

  async finish(press: Press): Promise<void> {
    await press(this.page.getByRole('button', { name: 'We have finished', exact: true }));
    await expect(this.page.getByText('We have finished. Thank you.')).toBeVisible();
  }
}

export class SummaryPage {
  constructor(
    readonly page: Page,
    readonly name: string,
  ) {}

  async expectShown(): Promise<void> {
    await expect(
      this.page.getByRole('heading', { name: `Summary: ${this.name}`, level: 1 }),
    ).toBeVisible();
  }

  section(heading: string): Locator {
    return this.page.getByRole('region', { name: heading, exact: true });
  }

  /** Each section holds the given words, as a staff member reads them. */
  async expectHolds(
    expected: Readonly<Record<string, readonly (string | RegExp)[]>>,
  ): Promise<void> {
    for (const [heading, words] of Object.entries(expected)) {
      for (const word of words) await expect(this.section(heading)).toContainText(word);
    }
  }
}
