/**
 * Journey: the single-pointer and keyboard ways to build the story (WCAG 2.5.7 and 2.1.1): tap a
 * picture, then tap a step; or Enter on a picture, then Enter on "Put … in step N".
 */
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { StoryboardPage } from './pages/storyboard-page';

test.use({ seed: 'together' });

async function openStoryboard(page: Page): Promise<StoryboardPage> {
  const board = await StoryboardPage.open(page);
  await board.addStep();
  return board;
}

test('a tap on a picture and then a tap on a step puts the picture there', async ({ page }) => {
  const board = await openStoryboard(page);

  await board.tapToPlace('Feelings', 'angry', 2);
  await board.expectAnnounced('Placed angry in step 2.');
  await board.tapToPlace('People', 'teacher', 1);
  await board.expectAnnounced('Placed teacher in step 1.');
  // A second picture in a step that already has one.
  await board.tapToPlace('Feelings', 'sad', 2);

  await board.expectPictures(1, ['teacher']);
  await board.expectPictures(2, ['angry', 'sad']);
});

test('the keyboard alone picks a picture, puts it in a step, cancels and removes', async ({
  page,
}) => {
  const board = await openStoryboard(page);
  const keyboard = page.keyboard;

  // The tabs are one stop; arrows choose the kind of picture.
  await board.tabTo(board.tab('People'));
  await keyboard.press('ArrowRight');
  await keyboard.press('ArrowRight');
  await expect(board.tab('Feelings')).toBeFocused();
  await expect(board.tab('Feelings')).toHaveAttribute('aria-selected', 'true');

  await board.tabTo(board.trayPicture('angry'));
  await keyboard.press('Enter');
  await expect(board.trayPicture('angry')).toHaveAttribute('aria-pressed', 'true');
  await board.expectAnnounced('Picked up angry. Choose a step.');
  await expect(board.putButton('angry', 1)).toBeVisible();

  await board.tabTo(board.putButton('angry', 2), 'backward');
  await keyboard.press('Enter');
  await board.expectPictures(2, ['angry']);
  await board.expectPictures(1, []);
  await board.expectAnnounced('Placed angry in step 2.');
  await expect(board.trayPicture('angry')).toHaveAttribute('aria-pressed', 'false');
  // Focus goes back to the picture, ready for the next one.
  await expect(board.trayPicture('angry')).toBeFocused();

  // Escape puts a picked picture back.
  await board.tabTo(board.trayPicture('sad'), 'backward');
  await keyboard.press('Enter');
  await expect(board.putButton('sad', 1)).toBeVisible();
  await keyboard.press('Escape');
  await board.expectAnnounced('Stopped moving sad.');
  await expect(board.trayPicture('sad')).toHaveAttribute('aria-pressed', 'false');
  await expect(board.putButton('sad', 1)).toBeHidden();
  await expect(board.putButton('sad', 2)).toBeHidden();
  await expect(board.trayPicture('sad')).toBeFocused();
  await board.expectPictures(1, []);
  await board.expectPictures(2, ['angry']);

  await board.tabTo(board.removeButton('angry', 2), 'backward');
  await keyboard.press('Enter');
  await board.expectPictures(2, []);
  await board.expectAnnounced('Removed angry from step 2.');
  // Focus lands on the step's words, not on the page body.
  await expect(board.caption(2)).toBeFocused();
});

test('words typed under a step are kept after a reload', async ({ page }) => {
  const board = await openStoryboard(page);
  const words = 'We were both loud in the classroom';

  await board.caption(1).pressSequentially(words);
  await expect(board.caption(1)).toHaveValue(words);
  // Out of the field, it shows what is stored rather than what is being typed.
  await page.keyboard.press('Tab');
  await expect(board.caption(1)).not.toBeFocused();
  await expect(board.caption(1)).toHaveValue(words);

  await page.reload();
  await board.expectShown();
  await expect(board.caption(1)).toHaveValue(words);
  await expect(board.caption(2)).toHaveValue('');
});
