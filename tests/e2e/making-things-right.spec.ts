/**
 * Journey (issue 13, points 4 and 5): the step where it started, a feeling, "Making things
 * right" with "not now" and then a repair, a strategy tied to the feeling, and what was agreed in
 * Finish and in the staff summary. By finger, as on the tablet.
 */
import { expect, test } from './fixtures';
import { StaffExit } from './pages/staff-exit';
import { StoryboardPage } from './pages/storyboard-page';
import { TogetherPage } from './pages/together-page';
import {
  byTouch,
  FeelingsStep,
  FinishStep,
  MakingThingsRightStep,
  NextTimeStep,
  SummaryPage,
} from './pages/together-steps';

test.use({ seed: 'together' });

test('a repair agreed and "When I feel angry, I can ask for a break" reach Finish and the summary', async ({
  page,
}) => {
  const board = await StoryboardPage.open(page);
  await board.tapToPlace('People', 'teacher', 1);
  await board.addStep();
  const startedHere = board.steps
    .nth(1)
    .getByRole('button', { name: 'It started here', exact: true });
  await startedHere.tap();
  await expect(startedHere).toHaveAttribute('aria-pressed', 'true');

  const together = new TogetherPage(page);
  await together.next('How did it feel?');
  await new FeelingsStep(page).feel(byTouch, 'angry', '4 Very big');
  await together.goTo('Making things right');

  const repair = new MakingThingsRightStep(page);
  await repair.choose(byTouch, 'Not now');
  await expect(repair.status).toHaveText('Not now. That is OK.');
  await repair.choose(byTouch, 'make a card');
  await expect(page.getByRole('button', { name: 'Not now', exact: true })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await together.reloadOn('Making things right', (c) => c.repairs?.[0] === 'repair-make-card');

  await together.next('What can help next time?');
  const nextTime = new NextTimeStep(page);
  await nextTime.choose(byTouch, 'ask for a break');
  await nextTime.tie(byTouch, 'ask for a break', 'angry');

  await together.goTo('Finish');
  await expect(new FinishStep(page).story.getByText('It started here')).toBeVisible();
  await expect(page.getByText('To make things right, I can: make a card.')).toBeVisible();
  await expect(page.getByText('When I feel angry, I can ask for a break.')).toBeVisible();
  await new FinishStep(page).finish(byTouch);

  await new StaffExit(page).leave('touch');
  const summary = new SummaryPage(page, 'Sam');
  await summary.expectShown();
  await summary.expectHolds({
    'What started it': ['It started in step 2.'],
    'Making things right': ['make a card'],
    'When I feel …, I can …': ['When I feel angry, I can ask for a break.'],
  });
});
