/**
 * Journey: every Together step opens at its top (issue 10, point 3) — arriving from "Are we
 * ready?" scrolled down, and going on from the foot of each step.
 */
import { expect, test } from './fixtures';
import { FirstPinPage } from './pages/first-pin';
import { PeoplePage } from './pages/people-page';
import { PreparePage, ReadinessPage } from './pages/prepare-page';

test('each step opens with its heading and first words in view', async ({ page }) => {
  test.slow();
  const people = new PeoplePage(page);
  await people.goto();
  await people.addPerson('Sam');
  await people.openPerson('Sam');
  await page.getByRole('button', { name: 'Prepare a conversation', exact: true }).click();
  const readiness: ReadinessPage = await new PreparePage(page).toReadiness();
  await readiness.answerAll('Yes');
  // Staff reach "Start together" at the foot of the check.
  const start = page.getByRole('button', { name: 'Start together', exact: true });
  await start.scrollIntoViewIfNeeded();
  await start.click();
  // The first time on this tablet, a staff PIN comes first, at the top of its own screen.
  const firstPin = new FirstPinPage(page);
  await expect(firstPin.heading).toBeInViewport();
  await firstPin.setPin();

  await expect(page.getByRole('heading', { name: 'Welcome', level: 1 })).toBeInViewport();
  await expect(page.getByText('You are not in trouble.')).toBeInViewport();

  for (const next of ['What happened?', 'How did it feel?', 'Who was affected?']) {
    await page.mouse.wheel(0, 5000);
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(page.getByRole('heading', { name: next, level: 1 })).toBeInViewport();
  }
});
