/** Journey: every screen passes axe's WCAG 2.2 A/AA rules as a person would find it. */
import { expect, expectNoAxeViolations, test } from './fixtures';
import { PeoplePage } from './pages/people-page';
import { StaffExit } from './pages/staff-exit';
import { StoryboardPage } from './pages/storyboard-page';
import { TogetherPage } from './pages/together-page';
import { byTouch, FeelingsStep, FinishStep, SummaryPage } from './pages/together-steps';

test('People, with one person on it', async ({ page }) => {
  const people = new PeoplePage(page);
  await people.goto();
  await people.addPerson('Sam');
  await expectNoAxeViolations(page);
});

test("a person's page", async ({ page }) => {
  const people = new PeoplePage(page);
  await people.goto();
  await people.addPerson('Sam');
  const person = await people.openPerson('Sam');
  await expect(person.startTogetherButton).toBeVisible();
  await expectNoAxeViolations(page);
});

test('Together: the storyboard, and with a picture picked up', async ({ page }) => {
  const people = new PeoplePage(page);
  await people.goto();
  await people.addPerson('Sam');
  const board = await people.startTogether('Sam');
  await board.addStep();
  await board.tapToPlace('Feelings', 'angry', 1);
  await expectNoAxeViolations(page);

  await board.trayPicture('sad').click();
  await expect(board.putButton('sad', 2)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('Library', async ({ page }) => {
  await page.goto('/library');
  await expect(page.getByRole('heading', { name: 'Library', exact: true, level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Needs/, level: 2 })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('Settings', async ({ page }) => {
  await page.goto('/settings');
  await expect(page.getByRole('heading', { name: 'About', exact: true, level: 2 })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('Together: every step, a puppet with words and its dialog, and the staff summary', async ({
  page,
}) => {
  const people = new PeoplePage(page);
  await people.goto();
  await people.addPerson('Sam');
  await people.startTogetherAtWelcome('Sam');
  await expectNoAxeViolations(page);

  const together = new TogetherPage(page);
  await together.next('What happened?');
  const board = new StoryboardPage(page);
  await board.tapToPlace('People', 'teacher', 1);
  await board.tapToPlace('Actions', 'hit', 1);
  await page.getByRole('button', { name: 'Add words for teacher in step 1' }).click();
  await expect(page.getByRole('dialog', { name: 'Words for teacher' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await board.addWords('teacher', 1, { whose: 'What they said', words: 'Tidy up time' });
  await expectNoAxeViolations(page);

  await together.next('How did it feel?');
  await new FeelingsStep(page).feel(byTouch, 'angry', '4 Big');
  await expectNoAxeViolations(page);
  for (const step of [
    'Who was affected?',
    'What can help next time?',
    'Something good together',
    'Finish',
  ] as const) {
    await together.next(step);
    await expectNoAxeViolations(page);
  }
  await new FinishStep(page).finish(byTouch);
  await expectNoAxeViolations(page);

  await new StaffExit(page).holdToLeave();
  await new SummaryPage(page, 'Sam').expectShown();
  await expectNoAxeViolations(page);
});
