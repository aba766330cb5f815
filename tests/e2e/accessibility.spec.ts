/**
 * Every screen passes axe's WCAG 2.2 A/AA rules as a person would find it. The way to each screen
 * is tested by the journeys; here each test starts from a seeded state (fixtures.ts) and checks a
 * few screens, so no test walks the whole conversation to reach its last step.
 */
import { expect, expectNoAxeViolations, test } from './fixtures';
import { PeoplePage } from './pages/people-page';
import { StaffExit } from './pages/staff-exit';
import { StoryboardPage } from './pages/storyboard-page';
import { TogetherPage } from './pages/together-page';
import {
  byTouch,
  FeelingsStep,
  FinishStep,
  NextTimeStep,
  SummaryPage,
} from './pages/together-steps';

test('Library', async ({ page }) => {
  await page.goto('/library');
  await expect(page.getByRole('heading', { name: 'Library', exact: true, level: 1 })).toBeVisible();
  // The first board shows beside the list of boards, its cards in a grid.
  await expect(page.getByRole('heading', { name: /^People \d/, level: 2 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit child', exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('Settings', async ({ page }) => {
  await page.goto('/settings');
  await expect(page.getByRole('heading', { name: 'About', exact: true, level: 2 })).toBeVisible();
  await expectNoAxeViolations(page);
});

test.describe('with someone on the People list', () => {
  test.use({ seed: 'person' });

  test("People, and the person's page", async ({ page }) => {
    const people = new PeoplePage(page);
    await people.goto();
    await expect(people.person('Sam')).toBeVisible();
    await expectNoAxeViolations(page);

    const person = await people.openPerson('Sam');
    await expect(person.startTogetherButton).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('in Together', () => {
  test.use({ seed: 'together' });

  async function openTogether(page: Parameters<typeof expectNoAxeViolations>[0]) {
    await page.goto('/');
    const board = new StoryboardPage(page);
    await board.expectShown();
    return { board, together: new TogetherPage(page) };
  }

  test('Welcome, and the storyboard with a picture placed and one picked up', async ({ page }) => {
    const { board, together } = await openTogether(page);
    await board.addStep();
    await board.tapToPlace('Feelings', 'angry', 1);
    await expectNoAxeViolations(page);

    await board.trayPicture('sad').click();
    await expect(board.putButton('sad', 2)).toBeVisible();
    await expectNoAxeViolations(page);

    await together.goTo('Welcome');
    await expectNoAxeViolations(page);
  });

  test('a puppet with words, and its dialog', async ({ page }) => {
    const { board } = await openTogether(page);
    await board.tapToPlace('People', 'teacher', 1);
    await board.tapToPlace('Actions', 'hit', 1);
    await page.getByRole('button', { name: 'Add words for teacher in step 1' }).click();
    await expect(page.getByRole('dialog', { name: 'Words for teacher' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await board.addWords('teacher', 1, { whose: 'What they said', words: 'Tidy up time' });
    await expectNoAxeViolations(page);
  });

  test('How did it feel?, Who was affected?, Making things right and What can help next time?', async ({
    page,
  }) => {
    const { board, together } = await openTogether(page);
    await board.tapToPlace('People', 'teacher', 1);
    await together.next('How did it feel?');
    const feelings = new FeelingsStep(page);
    await expectNoAxeViolations(page);
    await feelings.feel(byTouch, 'angry', '4 Very big');
    await expectNoAxeViolations(page);
    await feelings.addMore(byTouch, 'Drawing');
    await expectNoAxeViolations(page);
    await together.next('Who was affected?');
    await expectNoAxeViolations(page);
    await together.next('Making things right');
    await expectNoAxeViolations(page);
    await together.next('What can help next time?');
    await expectNoAxeViolations(page);
    // Its questions, one at a time.
    const nextTime = new NextTimeStep(page);
    await nextTime.choose(byTouch, 'ask for a break');
    await expectNoAxeViolations(page);
    await nextTime.tie(byTouch, 'ask for a break', 'angry');
    await expectNoAxeViolations(page);
    await nextTime.open(byTouch, 'What we will do');
    await expectNoAxeViolations(page);
  });

  test('Something good together, Finish and the staff summary', async ({ page }) => {
    const { board, together } = await openTogether(page);
    await board.tapToPlace('People', 'teacher', 1);
    await together.goTo('Something good together');
    await expectNoAxeViolations(page);
    await together.next('Finish');
    await expectNoAxeViolations(page);
    await new FinishStep(page).finish(byTouch);
    await expectNoAxeViolations(page);

    await new StaffExit(page).leave('touch');
    await new SummaryPage(page, 'Sam').expectShown();
    await expectNoAxeViolations(page);
  });
});
