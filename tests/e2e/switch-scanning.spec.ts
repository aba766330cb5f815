/**
 * Journey: a person who uses one switch (it presses Space) tells a whole story in Together
 * (issue 15, point 5). Staff turn scanning on in the profile; from then on the only input is the
 * switch: Next, a kind of picture, two pictures into two steps, a new step, and on to "How did it
 * feel?". The page's clock is held still and moved on one rest at a time, so each press lands on
 * what is highlighted however busy the machine is.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PeoplePage } from './pages/people-page';
import { ProfilePage } from './pages/profile-page';
import { StoryboardPage } from './pages/storyboard-page';
import { TogetherPage } from './pages/together-page';
import { FeelingsStep } from './pages/together-steps';

const REST_MS = 1000;
const MOST_RESTS = 40;

// A fresh context: Playwright's fake clock can leave one of its scripts in a reused context (a
// line it adds as the test ends, after the reset), which then throws on every later page there.
test.use({ seed: 'person', reducedMotion: 'reduce', reuseContext: false });

/** Lets the page's clock run on until `target` is highlighted, then presses the switch. */
async function choose(page: Page, target: Locator): Promise<void> {
  for (let rests = 0; rests < MOST_RESTS; rests += 1) {
    const isHighlighted =
      (await target.count()) === 1 &&
      (await target.evaluate((element) => element.classList.contains('scan-highlight')));
    if (isHighlighted) {
      await expect(target).toBeFocused();
      await page.keyboard.press('Space');
      // What the press started (a save, the next highlight) runs before the clock moves on.
      await page.clock.runFor(50);
      return;
    }
    await page.clock.runFor(REST_MS);
  }
  throw new Error(`Scanning never reached ${target.toString()}`);
}

test('with one switch, a person tells a story of two steps, then how the first felt and how big', async ({
  page,
}) => {
  await page.clock.install();
  const people = new PeoplePage(page);
  await people.goto();
  await people.openPerson('Sam');
  const profile = new ProfilePage(page, 'Sam');
  await profile.open();
  await page
    .getByRole('combobox', { name: 'Switch scanning', exact: true })
    .selectOption({ label: 'Every 1 s' });
  await profile.saveButton.click();
  await expect(page.getByText(/Switch scanning every 1 s/)).toBeVisible();
  await people.goto();
  await people.startTogetherAtWelcome('Sam');

  const together = new TogetherPage(page);
  await expect(together.heading('Welcome')).toBeVisible();
  // From here on, only the switch.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 5000);

  await choose(page, together.nextButton);
  const board = new StoryboardPage(page);
  await board.expectShown();

  // The kinds of picture are one group: open it, choose Feelings.
  const kinds = page.getByRole('tablist', { name: 'Kinds of picture', exact: true });
  await choose(page, kinds);
  await choose(page, board.tab('Feelings'));
  await expect(board.tab('Feelings')).toHaveAttribute('aria-selected', 'true');

  // The pictures are a group; "angry" in it; then step 1, and "Put angry in step 1" in it.
  const pictures = page.getByRole('tabpanel');
  await choose(page, pictures);
  await choose(page, board.trayPicture('angry'));
  await expect(board.trayPicture('angry')).toHaveAttribute('aria-pressed', 'true');
  await choose(page, board.story);
  await choose(page, board.step(1));
  await choose(page, board.putButton('angry', 1));
  await board.expectPictures(1, ['angry']);

  // A new step, and "sad" in it.
  await choose(page, board.addStepButton);
  await expect(board.step(2)).toBeVisible();
  await choose(page, pictures);
  await choose(page, board.trayPicture('sad'));
  await choose(page, board.story);
  await choose(page, board.step(2));
  await choose(page, board.putButton('sad', 2));
  await board.expectPictures(2, ['sad']);
  await board.expectPictures(1, ['angry']);

  // On to the next step of the conversation: step 1's feeling and how big it was.
  await choose(page, together.nextButton);
  await expect(together.heading('How did it feel?')).toBeVisible();
  const feelings = new FeelingsStep(page);
  await choose(page, feelings.feelingCards);
  await choose(page, feelings.feelingCards.getByRole('button', { name: 'angry', exact: true }));
  await expect(feelings.sizes).toBeVisible();
  await choose(page, feelings.sizes);
  const big = feelings.sizes.getByRole('radio', { name: '4 Very big', exact: true });
  await choose(page, big);
  await expect(big).toBeChecked();
});
