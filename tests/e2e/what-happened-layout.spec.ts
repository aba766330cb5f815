/**
 * Journey: "What happened?" stays in view with the tray open (issue 10, point 4). On a landscape
 * tablet the tray sits beside the story, so a step grown tall with a puppet and its words, the
 * step's number and words, and "Add step" are never under it.
 */
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { PeoplePage } from './pages/people-page';

async function boxOf(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not laid out');
  return box;
}

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

for (const viewport of [
  { width: 1024, height: 768 },
  { width: 1180, height: 820 },
]) {
  test(`at ${viewport.width}×${viewport.height}, a puppet with words never puts "Add step" or the step under the tray`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    const people = new PeoplePage(page);
    await people.goto();
    await people.addPerson('Sam');
    const board = await people.startTogether('Sam');
    await board.tapToPlace('People', 'child', 1);
    await board.addWords('child', 1, {
      whose: 'What I said',
      words: 'I want to finish my game first, then I will come',
    });

    const step1 = board.step(1);
    const caption = step1.getByRole('textbox', { name: 'Words for step 1', exact: true });
    for (const part of [step1, caption, board.addStepButton]) {
      await expect(part).toBeInViewport();
      expect(overlaps(await boxOf(part), await boxOf(board.tray))).toBe(false);
    }
    // A tap on "Add step" reaches it (Playwright checks nothing else takes the tap), and the
    // new step is in view too, beside the tray.
    await board.addStepButton.tap();
    await expect(board.steps).toHaveCount(2);
    await expect(board.step(2)).toBeInViewport();
    expect(overlaps(await boxOf(board.step(2)), await boxOf(board.tray))).toBe(false);
    // The tray's pictures and its pages are all within the screen, above Together's foot bar.
    const trayBox = await boxOf(board.tray);
    expect(trayBox.y + trayBox.height).toBeLessThanOrEqual(viewport.height - 64);
    await expect(
      board.tray.getByRole('button', { name: 'More pictures', exact: true }),
    ).toBeInViewport();
  });
}
