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

/**
 * "How did it feel?", one question at a time for the story step in view: which feeling (the
 * person's own first, the rest behind "More feelings"), how big it was, then "I felt … so I …"
 * with the step's actions in the past tense.
 */
export class FeelingsStep {
  readonly feelingCards: Locator;
  readonly sizes: Locator;

  constructor(readonly page: Page) {
    this.feelingCards = page.getByRole('list', { name: 'How did you feel?', exact: true });
    this.sizes = page.getByRole('radiogroup', { name: 'How big was it?', exact: true });
  }

  async showStep(press: Press, number: number): Promise<void> {
    const chip = this.page
      .getByRole('list', { name: 'Story steps' })
      .getByRole('button', { name: `Step ${number}`, exact: true });
    await pressOn(press, chip);
    await expect(
      this.page.getByRole('heading', { name: `Step ${number}`, exact: true, level: 2 }),
    ).toBeVisible();
  }

  /** The feeling (from "More feelings" when it is not among the first), then how big it was. */
  async feel(press: Press, feeling: string, size: string): Promise<void> {
    await expect(this.feelingCards).toBeVisible();
    const card = this.feelingCards.getByRole('button', { name: feeling, exact: true });
    if (!(await card.isVisible())) {
      await press(this.page.getByRole('button', { name: 'More feelings', exact: true }));
    }
    // Choosing the feeling moves on to the next question: the feeling cards make way for it.
    await press(card);
    await expect(this.sizes).toBeVisible();
    await expect(this.feelingCards).toBeHidden();
    const radio = this.sizes.getByRole('radio', { name: size, exact: true });
    if (press === byKeyboard) {
      await radio.focus();
      await radio.press('Space');
    } else {
      await radio.tap();
    }
    await expect(radio).toBeChecked();
  }

  /** "Another feeling" for the same step. */
  async anotherFeeling(press: Press): Promise<void> {
    await press(this.page.getByRole('button', { name: 'Another feeling', exact: true }));
    await expect(this.feelingCards).toBeVisible();
  }

  /** "I felt angry so I …" → "pushed": the sentence is then said in full. */
  async link(press: Press, feeling: string, did: string): Promise<void> {
    const actions = this.page.getByRole('list', { name: `I felt ${feeling} so I …`, exact: true });
    await pressOn(press, actions.getByRole('button', { name: did, exact: true }));
    await expect(
      this.page
        .getByRole('list', { name: 'What I felt and did', exact: true })
        .getByText(`I felt ${feeling} so I ${did}.`, { exact: true }),
    ).toBeVisible();
  }

  /** "Add more", then one of its tools: "Colour", "Drawing" or "Sound". */
  async addMore(press: Press, tool: 'Colour' | 'Drawing' | 'Sound'): Promise<void> {
    const more = this.page.getByRole('button', { name: 'Add more', exact: true });
    if ((await more.getAttribute('aria-expanded')) !== 'true') await press(more);
    const button = this.page.getByRole('button', { name: tool, exact: true });
    await press(button);
    await expect(button).toHaveAttribute('aria-expanded', 'true');
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

export class MakingThingsRightStep {
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.status = page.getByRole('status');
  }

  /** A repair card, or "Not now". */
  async choose(press: Press, repair: string): Promise<void> {
    const control = this.page.getByRole('button', { name: repair, exact: true });
    await pressOn(press, control);
    await expect(control).toHaveAttribute('aria-pressed', 'true');
  }
}

export class NextTimeStep {
  readonly questions: Locator;

  constructor(readonly page: Page) {
    this.questions = page.getByRole('navigation', { name: 'Questions', exact: true });
  }

  /** Opens one of its questions (they are asked one at a time). */
  async open(press: Press, question: string): Promise<void> {
    const button = this.questions.getByRole('button', { name: question, exact: true });
    await press(button);
    await expect(button).toHaveAttribute('aria-current', 'step');
  }

  async choose(press: Press, strategy: string): Promise<void> {
    await this.open(press, 'What can help');
    const list = this.page.getByRole('list', { name: 'What could help you next time?' });
    await pressOn(press, list.getByRole('button', { name: strategy, exact: true }));
  }

  /** "When I feel …": ties a chosen strategy to one of the feelings had. */
  async tie(press: Press, strategy: string, feeling: string): Promise<void> {
    await this.open(press, 'When I feel …');
    const feelings = this.page.getByRole('list', { name: `Feelings for ${strategy}`, exact: true });
    await pressOn(press, feelings.getByRole('button', { name: feeling, exact: true }));
    await expect(this.page.getByText(`When I feel ${feeling}, I can ${strategy}.`)).toBeVisible();
  }

  async staffWill(press: Press, commitment: string, note: string): Promise<void> {
    await this.open(press, 'What we will do');
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
