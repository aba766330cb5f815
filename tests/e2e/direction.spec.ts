/**
 * Journey: words typed in another direction — or with a right-to-left override (U+202E), which
 * lays out everything after it backwards — never reorder the app's own words ("Erase doog rof
 * boB"), and keep their own direction where they are shown, on screen and on paper (issue 18,
 * point 6). Order is checked where the person sees it: the position of each letter on the page.
 */
import type { Locator } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { PeoplePage } from './pages/people-page';
import { StaffExit } from './pages/staff-exit';
import { StoryboardPage } from './pages/storyboard-page';
import { TogetherPage } from './pages/together-page';
import { byTouch, FinishStep, SummaryPage } from './pages/together-steps';

const OVERRIDE = '\u202e';

/** Where each letter of `words` is drawn, left edge and line, inside the element. */
async function letterPositions(element: Locator, words: string) {
  return element.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.textContent ?? '').indexOf(wanted);
      if (at < 0) continue;
      // One UTF-16 unit at a time, as a range counts: the app's words here are all one unit.
      const letters = [];
      for (let i = 0; i < wanted.length; i++) {
        const letter = wanted.charAt(i);
        if (letter === ' ') continue;
        const range = document.createRange();
        range.setStart(node, at + i);
        range.setEnd(node, at + i + 1);
        const { left, top } = range.getBoundingClientRect();
        letters.push({ letter, left, top: Math.round(top) });
      }
      return letters;
    }
    return null;
  }, words);
}

/** The words are drawn left to right, line by line, as they read. */
async function expectDrawnInOrder(element: Locator, words: string): Promise<void> {
  const letters = await letterPositions(element, words);
  expect(letters, `"${words}" is in the element's text`).not.toBeNull();
  const backwards = (letters ?? []).filter((letter, i, all) => {
    const before = all[i - 1];
    return before !== undefined && before.top === letter.top && letter.left <= before.left;
  });
  expect(backwards, `letters of "${words}" drawn before the one they follow`).toEqual([]);
}

test('a right-to-left override in a name never reverses the words asking to erase them', async ({
  page,
}) => {
  const name = `${OVERRIDE}Bob`;
  const people = new PeoplePage(page);
  await people.goto();
  await people.addPerson(name);
  await people.openPerson(name);

  await page.getByRole('button', { name: 'Delete person', exact: true }).click();
  const question = page.getByText(/^Delete .+ from this tablet\?$/);
  await expect(question).toBeFocused();
  await expectDrawnInOrder(question, 'Delete ');
  await expectDrawnInOrder(question, ' from this tablet?');
  await expectDrawnInOrder(page.getByRole('button', { name: /^No, keep/ }), 'No, keep ');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Yes, go on', exact: true }).click();
  await expect(page.getByText(/^This erases .+ cannot be undone\.$/)).toBeFocused();
  await expectDrawnInOrder(page.getByText(/^This erases/), ' and everything about them');
  const erase = page.getByRole('button', { name: /^Erase .+ for good$/ });
  await expectDrawnInOrder(erase, ' for good');
  await expectNoAxeViolations(page);

  await erase.click();
  await expect(people.heading).toBeVisible();
  await expect(people.person(name)).toHaveCount(0);
});

test.describe('in Together', () => {
  test.use({ seed: 'together' });

  // "We went to the garden!" in Arabic: read right to left, the "!" ends it on the left.
  const ARABIC_CAPTION = 'ذهبنا إلى الحديقة!';
  // The longest caption there can be, typed without a space: nowhere to wrap but inside it.
  const UNBROKEN_CAPTION = 'x'.repeat(200);

  async function expectEndsOnTheLeft(caption: Locator): Promise<void> {
    const [mark] = (await letterPositions(caption, '!')) ?? [];
    const [first] = (await letterPositions(caption, 'ذ')) ?? [];
    expect(mark && first && mark.left < first.left, 'the "!" is drawn left of the first word').toBe(
      true,
    );
  }

  test('a caption typed in Arabic keeps its own direction, on screen and printed, and a long one wraps on paper', async ({
    page,
  }) => {
    test.slow();
    const board = await StoryboardPage.open(page);
    await board.caption(1).fill(ARABIC_CAPTION);
    await board.addStep();
    await board.caption(2).fill(UNBROKEN_CAPTION);
    await board.caption(2).blur();
    await expect(board.caption(1)).toHaveAttribute('dir', 'auto');

    const together = new TogetherPage(page);
    await together.next('How did it feel?');
    await expectEndsOnTheLeft(page.getByText(ARABIC_CAPTION, { exact: true }));

    await together.goTo('Finish');
    await expectEndsOnTheLeft(page.getByText(ARABIC_CAPTION, { exact: true }));
    await new FinishStep(page).finish(byTouch);
    await new StaffExit(page).leave('touch');
    const summary = new SummaryPage(page, 'Sam');
    await summary.expectShown();
    await expectEndsOnTheLeft(page.getByText(ARABIC_CAPTION, { exact: true }));

    // On paper (an A4 page's width less its margins), the long caption wraps inside the page.
    await page.setViewportSize({ width: 680, height: 960 });
    await page.emulateMedia({ media: 'print' });
    await expectEndsOnTheLeft(page.getByText(ARABIC_CAPTION, { exact: true }));
    const long = page.getByText(UNBROKEN_CAPTION, { exact: true });
    const box = await long.boundingBox();
    expect(box, 'the long caption is laid out').not.toBeNull();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(680);
    expect(await long.evaluate((p) => p.scrollWidth <= p.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      680,
    );
  });
});
