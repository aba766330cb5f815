/**
 * Journey: words as people type them never widen a screen, and the pictures' words never break
 * inside a word (issue 10, point 6).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PeoplePage } from './pages/people-page';
import { StoryboardPage } from './pages/storyboard-page';

const LONG_NAME = 'Bartholomew'.repeat(7).slice(0, 80);

async function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

test('an 80-character name without spaces never widens the People list or the person’s page', async ({
  page,
}) => {
  const people = new PeoplePage(page);
  await people.goto();
  await people.addPerson(LONG_NAME);
  await expect(page.getByRole('link', { name: LONG_NAME })).toBeVisible();
  expect(await pageWidth(page)).toBeLessThanOrEqual(1024);
  await people.openPerson(LONG_NAME);
  await expect(page.getByRole('heading', { name: LONG_NAME, level: 1 })).toBeVisible();
  expect(await pageWidth(page)).toBeLessThanOrEqual(1024);
});

test.describe('in Together', () => {
  test.use({ seed: 'together' });

  test('a 200-character caption wraps, and no picture’s word breaks inside a word', async ({
    page,
  }) => {
    const board = await StoryboardPage.open(page);
    await board.caption(1).fill('x'.repeat(200));
    await board.caption(1).blur();
    expect(await pageWidth(page)).toBeLessThanOrEqual(1024);

    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'How did it feel?', level: 1 })).toBeVisible();
    const broken = await page.evaluate(() =>
      [...document.querySelectorAll('.picture__label')].flatMap((label) => {
        const text = label.textContent;
        // One line per word at most: a word split over two lines shows as more lines than words.
        const range = document.createRange();
        range.selectNodeContents(label);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        return lines > text.split(/\s+/).length ? [text] : [];
      }),
    );
    expect(broken).toEqual([]);
  });
});
