/**
 * Journey: a break in the middle of "What happened?" — calm, survives a reload, and "Back to
 * talking" returns to the same step with the same pictures. Motion honours reduced motion.
 */
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { BreakPage, isStoredOnBreak } from './pages/break-page';
import { PeoplePage } from './pages/people-page';
import { StoryboardPage } from './pages/storyboard-page';

test.use({ seed: 'together' });

async function storyWithTwoSteps(page: Page): Promise<StoryboardPage> {
  const board = await StoryboardPage.open(page);
  await board.addStep();
  await board.tapToPlace('Feelings', 'angry', 1);
  await board.tapToPlace('People', 'teacher', 2);
  await board.tapToPlace('Feelings', 'sad', 2);
  return board;
}

test('a break survives a reload and returns to the same story', async ({ page }) => {
  const board = await storyWithTwoSteps(page);
  const rest = new BreakPage(page);

  await rest.takeBreak();
  await expect(board.story).toBeHidden();
  await expect(rest.calmActivities.getByRole('listitem')).toHaveCount(3);

  await expect.poll(() => isStoredOnBreak(page)).toBe(true);
  await page.reload();
  await rest.expectShown();
  await expect(board.story).toBeHidden();

  await rest.backToTalking();
  await board.expectShown();
  await board.expectPictures(1, ['angry']);
  await board.expectPictures(2, ['teacher', 'sad']);
  await expect(board.steps).toHaveCount(2);
});

test('the calm sound starts and stops on the device, and the break screen passes axe', async ({
  page,
}) => {
  await storyWithTwoSteps(page);
  const rest = new BreakPage(page);
  await rest.takeBreak();
  await expectNoAxeViolations(page);
  await rest.playSoundButton.click();
  await expect(rest.stopSoundButton).toBeVisible();
  await rest.stopSoundButton.click();
  await expect(rest.playSoundButton).toBeVisible();
});

test('the breathing shape grows and shrinks when motion is welcome', async ({ page }) => {
  await storyWithTwoSteps(page);
  const rest = new BreakPage(page);
  await rest.takeBreak();
  const transforms = await rest.shapeTransforms(12);
  expect(new Set(transforms).size).toBeGreaterThan(1);
});

test.describe('with reduced motion on the device', () => {
  test.use({ reducedMotion: 'reduce' });

  test('the breathing shape stays still and only the words guide', async ({ page }) => {
    await storyWithTwoSteps(page);
    const rest = new BreakPage(page);
    await rest.takeBreak();
    const transforms = await rest.shapeTransforms(12);
    expect(new Set(transforms)).toEqual(new Set([transforms[0]]));
  });
});

test.describe('before Together begins', () => {
  test.use({ seed: 'person' });

  test('Calm motion in Settings keeps the breathing shape still on any device', async ({
    page,
  }) => {
    await page.goto('/settings');
    const calmMotion = page.getByRole('checkbox', { name: 'Calm motion', exact: true });
    await calmMotion.check();
    await expect(calmMotion).toBeChecked();
    await new PeoplePage(page).goto();
    await new PeoplePage(page).startTogether('Sam');
    const rest = new BreakPage(page);
    await rest.takeBreak();
    const transforms = await rest.shapeTransforms(12);
    expect(new Set(transforms)).toEqual(new Set([transforms[0]]));
  });
});
