/** Journey: building the story by dragging pictures, with a mouse and with a finger. */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { StoryboardPage } from './pages/storyboard-page';

test.use({ seed: 'together' });

/** Waits until the page has stopped scrolling (the same scroll position twice running). */
async function expectScrollStill(page: Page): Promise<void> {
  let last = -1;
  await expect
    .poll(async () => {
      const now = await page.evaluate(() => window.scrollY);
      const isStill = now === last;
      last = now;
      return isStill;
    })
    .toBe(true);
}

test('pictures dragged by mouse and by finger land where they are dropped and stay there after a reload', async ({
  page,
}) => {
  const board = await StoryboardPage.open(page);
  await board.addStep();

  await board.showKind('People');
  await board.mouseDrag(board.trayPicture('teacher'), board.step(1));
  await board.expectPictures(1, ['teacher']);
  await board.expectAnnounced('Placed teacher in step 1.');
  // A drag is not a tap: nothing is left picked up in the tray.
  await expect(board.trayPicture('teacher')).toHaveAttribute('aria-pressed', 'false');

  await board.showKind('Feelings');
  await board.touchDrag(board.trayPicture('angry'), board.step(2));
  await board.expectPictures(2, ['angry']);
  await board.expectAnnounced('Placed angry in step 2.');
  await expect(board.trayPicture('angry')).toHaveAttribute('aria-pressed', 'false');
  await board.expectPictures(1, ['teacher']);

  // A placed picture moves to another step by finger, and back by mouse.
  await board.touchDrag(board.placedPicture('teacher', 1), board.step(2));
  await board.expectPictures(1, []);
  await board.expectPictures(2, ['angry', 'teacher']);
  await board.expectAnnounced('Moved teacher to step 2.');

  await board.mouseDrag(board.placedPicture('angry', 2), board.step(1));
  await board.expectPictures(1, ['angry']);
  await board.expectPictures(2, ['teacher']);
  await board.expectAnnounced('Moved angry to step 1.');

  await page.reload();
  await board.expectShown();
  await expect(board.steps).toHaveCount(2);
  await board.expectPictures(1, ['angry']);
  await board.expectPictures(2, ['teacher']);
});

test('a long story scrolls while a picture is dragged towards its first step', async ({ page }) => {
  const board = await StoryboardPage.open(page);
  for (let i = 0; i < 6; i += 1) await board.addStep();
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(board.step(1)).not.toBeInViewport();

  await board.showKind('People');
  const source = await board.trayPicture('teacher').boundingBox();
  if (!source) throw new Error('The tray picture is not on screen');
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  for (let y = source.y; y > 20; y -= 40) await page.mouse.move(source.x + source.width / 2, y);
  // Held near the top edge, the story scrolls until its first step is in reach.
  await expect(board.step(1)).toBeInViewport({ ratio: 0.5 });
  // Away from the edge the scrolling stops; then step 1 stays where it is measured.
  await page.mouse.move(source.x + source.width / 2, 300);
  await expectScrollStill(page);
  await expect(board.step(1)).toBeInViewport({ ratio: 0.5 });
  const target = await board.step(1).boundingBox();
  if (!target) throw new Error('Step 1 is not on screen');
  for (let i = 1; i <= 5; i += 1)
    await page.mouse.move(target.x + target.width / 2, target.y + (target.height * i) / 6);
  await page.mouse.up();
  await board.expectPictures(1, ['teacher']);
});

test('with the tray beside the story, a picture dragged to the foot of the screen scrolls down to the last step', async ({
  page,
}) => {
  const board = await StoryboardPage.open(page);
  for (let i = 0; i < 6; i += 1) await board.addStep();
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(board.step(7)).not.toBeInViewport();

  await board.showKind('People');
  const source = await board.trayPicture('teacher').boundingBox();
  const bar = await page.locator('.step-nav').boundingBox();
  if (!source || !bar) throw new Error('The tray picture or the step bar is not on screen');
  // A tablet on its side: the tray stands beside the story, not under it.
  expect(source.y).toBeLessThan(bar.y / 2 + source.height);
  const x = 200;
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  for (let y = source.y; y < bar.y - 15; y += 40) await page.mouse.move(x, y);
  await page.mouse.move(x, bar.y - 15);
  // Held just above the step bar, the story scrolls down until its last step is in reach.
  await expect(board.step(7)).toBeInViewport({ ratio: 1 });
  // Away from the foot the scrolling stops; then the drop lands on the part of step 7 clear of
  // the band above the step bar, where the story would scroll on.
  await page.mouse.move(x, 300);
  await expectScrollStill(page);
  const target = await board.step(7).boundingBox();
  if (!target) throw new Error('Step 7 is not on screen');
  const top = Math.max(target.y, 100);
  const foot = Math.min(target.y + target.height, bar.y - 100);
  expect(foot, 'a part of step 7 clear of the scrolling band').toBeGreaterThan(top + 10);
  for (let i = 1; i <= 5; i += 1)
    await page.mouse.move(target.x + target.width / 2, 300 + ((top + foot) / 2 - 300) * (i / 5));
  await page.mouse.up();
  await board.expectPictures(7, ['teacher']);
});
