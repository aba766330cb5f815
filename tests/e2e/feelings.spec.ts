/**
 * Journey: "How did it feel?" one question at a time (issue 10, point 5), by finger on a tablet,
 * as the person and staff use it — the feeling, how big it was, "I felt … so I …" read as a
 * sentence with the step's own action in the past tense, a second feeling, the next story step,
 * and a reload that comes back to the step that was open. Each question fits the screen.
 */
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { StoryboardPage } from './pages/storyboard-page';
import { TogetherPage } from './pages/together-page';
import { byTouch, FeelingsStep } from './pages/together-steps';

test.use({ seed: 'together' });

/** Step 1: the teacher and "push"; step 2: "shout". Then on to "How did it feel?". */
async function storyToFeelings(
  page: Page,
): Promise<{ together: TogetherPage; feelings: FeelingsStep }> {
  const board = await StoryboardPage.open(page);
  await board.tapToPlace('People', 'teacher', 1);
  await board.tapToPlace('Actions', 'push', 1);
  await board.addStep();
  await board.tapToPlace('Actions', 'shout', 2);
  const together = new TogetherPage(page);
  await together.next('How did it feel?');
  return { together, feelings: new FeelingsStep(page) };
}

const pageHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);
const viewportHeight = (page: Page) => page.viewportSize()?.height ?? 0;

/** Every control of "How did it feel?" is a big enough target for a finger (at least 44 px). */
async function expectBigTargets(page: Page): Promise<void> {
  const small = await page.locator('.feelings button, .feelings label').evaluateAll((controls) =>
    controls.flatMap((control) => {
      const box = control.getBoundingClientRect();
      const isShown = box.width > 0 && box.height > 0;
      return isShown && (box.width < 44 || box.height < 44)
        ? [`${control.textContent} ${String(box.width)}×${String(box.height)}`]
        : [];
    }),
  );
  expect(small).toEqual([]);
}

test('the feeling, then how big it was, then "I felt angry so I pushed" with the step’s own action', async ({
  page,
}) => {
  const { together, feelings } = await storyToFeelings(page);
  await expect(page.getByRole('heading', { name: 'Step 1', level: 2 })).toBeVisible();
  // One question: the feeling, a few big picture cards, the rest behind "More feelings".
  await expect(feelings.feelingCards.getByRole('button')).toHaveCount(6);
  await expect(feelings.sizes).toBeHidden();
  expect(await pageHeight(page)).toBeLessThanOrEqual(viewportHeight(page));
  await expectBigTargets(page);

  await feelings.feel(byTouch, 'angry', '4 Very big');
  // "so I …" offers only this step's action, in the past tense: never "so I push", never the
  // teacher, never step 2's shout.
  const actions = page.getByRole('list', { name: 'I felt angry so I …', exact: true });
  await expect(actions.getByRole('button')).toHaveText(['pushed']);
  await feelings.link(byTouch, 'angry', 'pushed');
  await expect(page.getByText('so I push.')).toHaveCount(0);
  await expectBigTargets(page);
  await expectNoAxeViolations(page);

  // A step may hold more than one feeling.
  await feelings.anotherFeeling(byTouch);
  await feelings.feel(byTouch, 'worried', '2 Some');
  const inStep = page.getByRole('list', { name: 'Feelings in step 1', exact: true });
  await expect(inStep.getByRole('button', { name: /, / })).toHaveText([
    /angry.*Very big/,
    /worried.*Some/,
  ]);

  // On to the next story step; a reload comes back to it, with its own question.
  await page.getByRole('button', { name: 'On to step 2', exact: true }).tap();
  await expect(page.getByRole('heading', { name: 'Step 2', level: 2 })).toBeFocused();
  await together.reloadOn('How did it feel?', (c) => c.feelings.length === 2);
  await expect(page.getByRole('heading', { name: 'Step 2', level: 2 })).toBeVisible();
  await feelings.feel(byTouch, 'sad', '3 Big');
  await feelings.link(byTouch, 'sad', 'shouted');
  expect((await together.stored()).links).toMatchObject([
    { feelingCardId: 'feeling-angry', behaviourCardId: 'starter-push' },
    { feelingCardId: 'feeling-sad', behaviourCardId: 'starter-shout' },
  ]);
});

test.describe('on a larger tablet', () => {
  test.use({ viewport: { width: 1180, height: 820 } });

  test('each question fits the screen, with big cards and nothing wider than it', async ({
    page,
  }) => {
    const { feelings } = await storyToFeelings(page);
    await expect(feelings.feelingCards).toBeVisible();
    expect(await pageHeight(page)).toBeLessThanOrEqual(viewportHeight(page));
    const card = await feelings.feelingCards.getByRole('button').first().boundingBox();
    expect(card?.width).toBeGreaterThanOrEqual(88);
    expect(card?.height).toBeGreaterThanOrEqual(88);

    await feelings.feel(byTouch, 'angry', '5 Huge');
    await feelings.link(byTouch, 'angry', 'pushed');
    await feelings.addMore(byTouch, 'Colour');
    await page.getByRole('button', { name: 'Red', exact: true }).tap();
    await expect(page.getByRole('button', { name: 'Red', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expectBigTargets(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      1180,
    );
  });
});
