/**
 * Journey (issue 12): a finished conversation makes a social story — the template that fits it
 * first, filled with the person's feeling and strategy — staff edit a page, move one and see the
 * criteria check respond, save a version, print it one page per sheet and as a booklet, then
 * read it with the individual inside Together: by swipe, by keyboard and by buttons. By finger.
 */
import { expect, expectNoAxeViolations, test } from './fixtures';
import { PeoplePage } from './pages/people-page';
import { StaffExit } from './pages/staff-exit';
import { StoryEditorPage, StoryReaderPage } from './pages/story-page';
import { StoryboardPage } from './pages/storyboard-page';
import { TogetherPage } from './pages/together-page';
import {
  byTouch,
  FeelingsStep,
  FinishStep,
  NextTimeStep,
  SummaryPage,
  WelcomeStep,
} from './pages/together-steps';

test.use({ seed: 'together' });

const EDITED = 'At lunch the hall can be loud.';

test('a finished conversation makes a story that staff edit, print and read together in Together', async ({
  page,
}) => {
  const board = await StoryboardPage.open(page);
  await board.tapToPlace('People', 'teacher', 1);
  const together = new TogetherPage(page);
  await together.next('How did it feel?');
  await new FeelingsStep(page).feel(byTouch, 'angry', '4 Very big');
  await together.goTo('What can help next time?');
  await new NextTimeStep(page).choose(byTouch, 'ask for a break');
  await together.goTo('Finish');
  await new FinishStep(page).finish(byTouch);
  await new StaffExit(page).leave('touch');
  await new SummaryPage(page, 'Sam').expectShown();

  // The template that fits the conversation comes first, filled from it.
  await page.getByRole('link', { name: 'Make a social story' }).tap();
  await expect(page.getByRole('heading', { name: 'Make a social story for Sam' })).toBeVisible();
  const templates = page.getByRole('list', { name: 'Stories to start from' }).getByRole('button');
  await expect(templates.first()).toContainText('When I feel angry');
  await expect(templates.first()).toContainText('Fits this conversation');
  await expectNoAxeViolations(page);
  await templates.first().tap();

  const editor = new StoryEditorPage(page);
  await expect(page.getByRole('heading', { name: 'When I feel angry', level: 1 })).toBeVisible();
  await expect(editor.pages).toHaveCount(6);
  await expect(editor.sentence(4, 1)).toHaveValue('When I feel angry, I can ask for a break.');
  await expect(editor.advice).toContainText('This story meets every criterion checked here.');
  await expectNoAxeViolations(page);

  // Edit a page's words; a judgemental word is noticed, then gone again.
  await editor.sentence(2, 1).fill('Shouting is naughty.');
  await expect(editor.advice).toContainText('Page 2: “naughty” can sound like blame.');
  await editor.sentence(2, 1).fill(EDITED);
  await expect(editor.advice).toContainText('This story meets every criterion checked here.');
  // Move the last page up with a tap.
  const lastWords = await editor.sentence(6, 1).inputValue();
  await editor.pageNumbered(6).getByRole('button', { name: 'Move page 6 up' }).tap();
  await expect(editor.sentence(5, 1)).toHaveValue(lastWords);
  await expect(editor.pageNumbered(5).getByRole('combobox', { name: 'Part' })).toHaveValue(
    'conclusion',
  );
  await editor.pageNumbered(6).getByRole('button', { name: 'Move page 6 up' }).tap();
  await expect(editor.sentence(6, 1)).toHaveValue(lastWords);
  // Drag page 2 onto page 1 by finger, and back.
  const first = await editor.sentence(1, 1).inputValue();
  const second = await editor.sentence(2, 1).inputValue();
  await board.touchDrag(
    editor.pageNumbered(2).getByRole('button', { name: 'Drag page 2 to move it' }),
    editor.pageNumbered(1),
  );
  await expect(editor.sentence(1, 1)).toHaveValue(second);
  await expect(editor.sentence(2, 1)).toHaveValue(first);
  await board.touchDrag(
    editor.pageNumbered(2).getByRole('button', { name: 'Drag page 2 to move it' }),
    editor.pageNumbered(1),
  );
  await expect(editor.sentence(1, 1)).toHaveValue(first);
  // Third person, and back to the first.
  await page.getByRole('radio', { name: '“Sam” (third person)' }).tap();
  await expect(editor.sentence(4, 1)).toHaveValue('When Sam feels angry, Sam can ask for a break.');
  await expect(page.getByText('1 sentence you wrote stays as you wrote it')).toBeVisible();
  await page.getByRole('radio', { name: '“I” (first person)' }).tap();
  await editor.save('Lunch time words');
  await expect(page.getByRole('region', { name: 'Versions' }).getByRole('listitem')).toHaveText([
    /^Version 2, .*: Lunch time words$/,
    /^Version 1, .*: Made from the conversation on /,
  ]);

  // Printed: one page per sheet, and as a booklet, both as PDF.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page
    .getByRole('navigation', { name: 'Story actions' })
    .getByRole('button', { name: 'Print' })
    .tap();
  await expect(page.getByRole('heading', { name: 'Print “When I feel angry”' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Print', exact: true }).tap();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText(EDITED)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print', exact: true })).toBeHidden();
  const onePerSheet = await page.pdf({ format: 'A4' });
  expect(onePerSheet.subarray(0, 5).toString()).toBe('%PDF-');
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('radio', { name: /^Booklet/ }).tap();
  await page.emulateMedia({ media: 'print' });
  const booklet = await page.pdf({ preferCSSPageSize: true });
  expect(booklet.subarray(0, 5).toString()).toBe('%PDF-');
  await page.emulateMedia({ media: 'screen' });
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  // Read together, inside Together, after "A story" on Welcome.
  await page.getByRole('link', { name: 'Back to the story' }).tap();
  await page.getByRole('link', { name: 'Back to Sam' }).tap();
  await expect(page.getByRole('region', { name: 'Social story' })).toContainText(
    '0 of 1 stories celebrate something Sam does well.',
  );
  const people = new PeoplePage(page);
  await page.getByRole('link', { name: 'People', exact: true }).tap();
  await people.startTogetherAtWelcome('Sam');
  await new WelcomeStep(page).chooseWays(byTouch, ['A story']);
  await page.getByRole('button', { name: 'Read a story' }).tap();
  const reader = new StoryReaderPage(page);
  await expect(reader.reader.getByRole('heading', { name: 'When I feel angry' })).toBeVisible();
  await reader.expectAt(1, 7);
  await expectNoAxeViolations(page);
  await reader.swipe('left');
  await reader.expectAt(2, 7);
  await reader.swipe('left');
  await reader.expectAt(3, 7);
  await expect(reader.reader.getByText(EDITED)).toBeVisible();
  await reader.swipe('right');
  await reader.expectAt(2, 7);
  await page.keyboard.press('ArrowRight');
  await reader.expectAt(3, 7);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await reader.expectAt(1, 7);
  await expect(reader.reader.getByRole('button', { name: 'Previous page' })).toBeDisabled();
  for (let n = 2; n <= 7; n += 1) {
    await reader.reader.getByRole('button', { name: 'Next page' }).tap();
    await reader.expectAt(n, 7);
  }
  await expect(reader.reader.getByText('The end')).toBeVisible();
  await expect(reader.reader.getByRole('button', { name: 'Next page' })).toBeDisabled();
  await page.getByRole('button', { name: 'Close the story' }).tap();
  await expect(page.getByRole('heading', { name: 'Welcome', level: 1 })).toBeVisible();
  // Still locked: leaving asks for the staff PIN.
  await expect(page.getByRole('button', { name: 'Staff', exact: true })).toBeVisible();
});
