/** Journey: staff open the guide beside the story, read the prompts and give take-up time. */
import { expect, expectNoAxeViolations, test } from './fixtures';
import { StaffGuidePanel } from './pages/staff-guide-panel';
import { StoryboardPage } from './pages/storyboard-page';

// A fresh context: Playwright's fake clock can leave one of its scripts in a reused context (a
// line it adds as the test ends, after the reset), which then throws on every later page there.
test.use({ seed: 'together', reuseContext: false });

test('the staff guide opens and closes, the take-up timer starts and stops, and it passes axe', async ({
  page,
}) => {
  // The page's time is held while the wait shows, so a slow axe run on a busy machine never
  // outlasts the 15-second wait.
  await page.clock.install();
  const board = await StoryboardPage.open(page);
  const guide = new StaffGuidePanel(page);

  await expect(guide.toggle).toHaveAttribute('aria-expanded', 'false');
  await guide.open();
  await expect(guide.line('Can you show me what happened?')).toBeVisible();
  await expect(guide.line('You are not in trouble.')).toBeVisible();
  await expect(guide.line("Don't interrupt. Let them finish.")).toBeVisible();
  // Beside the step, never over it: the story and the tray stay in view and usable.
  await expect(board.story).toBeVisible();
  await board.tapToPlace('Feelings', 'calm', 1);

  await guide.startWaitButton.click();
  await expect(guide.waitProgress).toBeVisible();
  await expect(guide.secondsLeft()).toHaveText(/^1[0-5] seconds left$/);
  await expect(guide.secondsLeft()).not.toHaveText('15 seconds left');
  // The wait counts by the clock's time: holding the time (timers still run, as axe needs) keeps
  // it showing while axe checks it.
  await page.clock.setFixedTime(await page.evaluate(() => Date.now()));
  await expectNoAxeViolations(page);
  await guide.stopWaitButton.click();
  await expect(guide.waitProgress).toBeHidden();
  await expect(guide.startWaitButton).toBeFocused();
  await board.expectShown();

  await guide.close();
  await expect(guide.line('You are not in trouble.')).toBeHidden();
});
