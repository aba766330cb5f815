/**
 * Journey: a whole conversation with taps and the keyboard only (no drag), reloading the page in
 * the middle of every step: each time the same step comes back with everything chosen so far.
 */
import { expect, test } from './fixtures';
import { PeoplePage } from './pages/people-page';
import { PersonPage } from './pages/person-page';
import { StaffExit } from './pages/staff-exit';
import { StoryboardPage } from './pages/storyboard-page';
import { TogetherPage } from './pages/together-page';
import {
  AffectedStep,
  byKeyboard,
  byTouch,
  FeelingsStep,
  FinishStep,
  NextTimeStep,
  SomethingGoodStep,
  SummaryPage,
  WelcomeStep,
} from './pages/together-steps';

test('a whole conversation by tap and keyboard survives a reload in every step', async ({
  page,
}) => {
  // The whole conversation, with a reload on every step: a long journey by design.
  test.slow();
  const people = new PeoplePage(page);
  await people.goto();
  await people.addPerson('Ali');
  await people.startTogetherAtWelcome('Ali');
  const together = new TogetherPage(page);
  const next = async (step: Parameters<TogetherPage['expectOn']>[0]) => {
    await byKeyboard(together.nextButton);
    await together.expectOn(step);
  };

  const welcome = new WelcomeStep(page);
  await welcome.chooseWays(byKeyboard, ['Drawing', 'A story']);
  await together.reloadOn('Welcome', (c) => c.welcome.ways.length === 2);
  await expect(page.getByRole('button', { name: 'Drawing', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await next('What happened?');

  const board = new StoryboardPage(page);
  await board.tapToPlace('People', 'teacher', 1);
  await board.showKind('Feelings');
  await byKeyboard(board.trayPicture('sad'));
  await byKeyboard(board.putButton('sad', 1));
  await board.tapToPlace('Actions', 'hit', 1);
  await together.reloadOn('What happened?', (c) => c.story[0]?.placements.length === 3);
  await board.expectPictures(1, ['teacher', 'sad', 'hit']);
  // Puppets were not chosen on Welcome, so pictures take no speech bubbles.
  await expect(page.getByRole('button', { name: /^Add words for/ })).toHaveCount(0);
  await next('How did it feel?');

  const feelings = new FeelingsStep(page);
  await feelings.feel(byKeyboard, 'sad', '2 Some');
  await feelings.link(byKeyboard, 'sad', 'hit');
  await together.reloadOn(
    'How did it feel?',
    (c) => c.feelings[0]?.size === 2 && c.links.length === 1,
  );
  await expect(page.getByRole('radio', { name: '2 Some', exact: true })).toBeChecked();
  // Drawing was chosen on Welcome: it is one of the things "Add more" holds.
  await feelings.addMore(byKeyboard, 'Drawing');
  await expect(page.getByRole('img', { name: 'Drawing of sad in step 1' })).toBeVisible();
  await next('Who was affected?');

  await new AffectedStep(page).mark(byKeyboard, 'teacher', 'worried');
  await together.reloadOn('Who was affected?', (c) => c.affected[0]?.feelingCardId !== null);
  await next('Making things right');
  await next('What can help next time?');

  const nextTime = new NextTimeStep(page);
  await nextTime.choose(byKeyboard, 'ear defenders');
  await nextTime.staffWill(byKeyboard, 'Listen first', 'Sit beside Ali at lunch');
  await together.reloadOn(
    'What can help next time?',
    (c) =>
      c.strategies.length === 1 &&
      c.commitments.length === 1 &&
      c.commitmentNote === 'Sit beside Ali at lunch',
  );
  await next('Something good together');

  await new SomethingGoodStep(page).plan(byKeyboard, 'cooking', 'Today');
  await together.reloadOn('Something good together', (c) => c.positive?.plannedFor !== '');
  await expect(page.getByRole('button', { name: 'cooking', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await next('Finish');

  const finish = new FinishStep(page);
  await finish.finish(byKeyboard);
  await expect.poll(async () => (await together.stored()).status).toBe('completed');
  await page.reload();
  await expect(together.heading('Finish')).toBeVisible();
  await expect(page.getByText('We have finished. Thank you.')).toBeVisible();
  // Finished, the story stays as it was: no way back into its steps.
  await expect(together.steps).toHaveCount(0);
  await expect(together.nextButton).toHaveCount(0);

  await new StaffExit(page).leave('keyboard');
  const summary = new SummaryPage(page, 'Ali');
  await summary.expectShown();
  await summary.expectHolds({
    'The story': ['teacher', 'sad', 'hit'],
    'I felt … so I …': ['I felt sad so I hit.'],
    'Who was affected': ['teacher', 'worried'],
    'What can help next time': ['ear defenders'],
    'What we will do differently': ['Sit beside Ali at lunch'],
    'Something good together': ['cooking'],
  });

  // The person's page lists the agreed activity until it has happened.
  await page.getByRole('link', { name: 'Back to Ali' }).click();
  const person = new PersonPage(page, 'Ali');
  await expect(person.heading).toBeVisible();
  const happened = page.getByRole('checkbox', { name: 'cooking happened' });
  await expect(happened).not.toBeChecked();
  await byTouch(happened);
  await expect(happened).toBeChecked();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'cooking happened' })).toBeChecked();
});
