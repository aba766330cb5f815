/**
 * Text at 200% (WCAG 2.2 SC 1.4.4, issue 15): with the text twice its size, as a person sets it in
 * the browser, every main screen still shows all of its words — none cut off by a box too small
 * for them, none drawn over another. The page may scroll; nothing may be lost.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PeoplePage } from './pages/people-page';
import { StoryboardPage } from './pages/storyboard-page';
import { TogetherPage } from './pages/together-page';
import { byTouch, FeelingsStep } from './pages/together-steps';
import { textProblems } from './pages/text-check';

// A fresh context for each test: the text size set through CDP would outlive the test in a reused
// one.
test.use({ reuseContext: false });

/**
 * Twice the text, as a person sets it in the browser: its text size from 16 px to 32 px, so the
 * app's 18 px becomes 36 px and everything sized in rem or em follows.
 */
async function doubleTheText(page: Page): Promise<void> {
  const browser = await page.context().newCDPSession(page);
  await browser.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.documentElement).fontSize))
    .toBe('36px');
}

async function expectAllWordsShown(page: Page, screen: string): Promise<void> {
  // The first-visit line sits over the foot of the page until the app is stored; here, with
  // service workers blocked, until the registration fails, a moment after the first screen. It
  // is not one of the screen's own words: wait for it to go.
  await expect(
    page.getByText(/^Restory is getting ready to work without a connection/),
  ).toBeHidden();
  await page.evaluate(() => document.fonts.ready);
  const problems = await textProblems(page);
  await page.screenshot({ path: test.info().outputPath(`${screen}.png`) });
  expect(problems, `${screen} at 200% text`).toEqual([]);
}

test.describe('with someone on the People list', () => {
  test.use({ seed: 'person' });

  test('People, a person’s page, the Library and Settings', async ({ page }) => {
    const people = new PeoplePage(page);
    await people.goto();
    await doubleTheText(page);
    await expect(people.person('Sam')).toBeVisible();
    await expectAllWordsShown(page, 'people');
    await people.openPerson('Sam');
    await expectAllWordsShown(page, 'person');
    await page.getByRole('link', { name: 'Library', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Library', level: 1 })).toBeVisible();
    await expectAllWordsShown(page, 'library');
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'About', level: 2 })).toBeVisible();
    await expectAllWordsShown(page, 'settings');
  });
});

test.describe('in Together', () => {
  test.use({ seed: 'together' });

  test('the storyboard, How did it feel? and Finish', async ({ page }) => {
    await page.goto('/');
    const board = new StoryboardPage(page);
    await board.expectShown();
    await doubleTheText(page);
    await board.tapToPlace('Feelings', 'angry', 1);
    await expectAllWordsShown(page, 'storyboard');
    const together = new TogetherPage(page);
    await together.next('How did it feel?');
    await new FeelingsStep(page).feel(byTouch, 'angry', '4 Very big');
    await expectAllWordsShown(page, 'feelings');
    await together.goTo('Finish');
    await expectAllWordsShown(page, 'finish');
  });
});
