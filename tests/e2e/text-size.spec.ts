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

interface Problem {
  readonly kind: 'cut off' | 'overlap';
  readonly words: string;
  readonly other?: string;
}

/** Every visible run of words on the page, checked against the boxes around it and each other. */
async function textProblems(page: Page): Promise<Problem[]> {
  return page.evaluate(() => {
    const problems: { kind: 'cut off' | 'overlap'; words: string; other?: string }[] = [];
    const runs: { element: Element; rect: DOMRect; words: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const words = (node.textContent ?? '').trim();
      const element = node.parentElement;
      if (!words || !element?.checkVisibility({ opacityProperty: true })) continue;
      if (element.closest('.visually-hidden, [aria-hidden="true"], svg, option')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        if (rect.width < 1 || rect.height < 1) continue;
        let isScrolledAway = false;
        for (
          let box: HTMLElement | null = element;
          box !== null && box !== document.body;
          box = box.parentElement
        ) {
          const style = getComputedStyle(box);
          const clip = box.getBoundingClientRect();
          const isOutside = (across: boolean) =>
            across
              ? rect.left < clip.left - 1 || rect.right > clip.right + 1
              : rect.top < clip.top - 1 || rect.bottom > clip.bottom + 1;
          for (const [overflow, across] of [
            [style.overflowX, true],
            [style.overflowY, false],
          ] as const) {
            if (!isOutside(across)) continue;
            // A box that scrolls shows the rest when scrolled; one that hides cuts it off.
            if (overflow === 'auto' || overflow === 'scroll') isScrolledAway = true;
            if (overflow === 'hidden' || overflow === 'clip') {
              problems.push({ kind: 'cut off', words });
            }
          }
        }
        if (!isScrolledAway) runs.push({ element, rect, words });
      }
      if (
        element.scrollWidth > element.clientWidth + 1 &&
        getComputedStyle(element).textOverflow === 'ellipsis'
      ) {
        problems.push({ kind: 'cut off', words });
      }
    }
    // Together's bars stay at the top and foot of the screen: words passing under them are
    // shown by scrolling.
    const barOf = (element: Element) => element.closest('.together__bar, .step-nav');
    // Overlap: two runs of words from different places drawn over each other.
    for (let i = 0; i < runs.length; i += 1) {
      for (let j = i + 1; j < runs.length; j += 1) {
        const a = runs[i];
        const b = runs[j];
        if (!a || !b || a.element === b.element) continue;
        if (barOf(a.element) !== barOf(b.element)) continue;
        const across = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const down = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        if (across > 2 && down > 2)
          problems.push({ kind: 'overlap', words: a.words, other: b.words });
      }
    }
    return problems;
  });
}

async function expectAllWordsShown(page: Page, screen: string): Promise<void> {
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
