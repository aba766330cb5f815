/**
 * Journey: "Protect with a passcode" (issue 16) locks by itself after the time staff chose, with
 * no touch, and then shows nothing of any record. Time is faked.
 */
import { expect, test } from './fixtures';
import { protectedWith } from './pages/protect-in-settings';

// A fresh context: Playwright's fake clock can leave one of its scripts in a reused context (a
// line it adds as the test ends, after the reset), which then throws on every later page there.
test.use({ reuseContext: false });

const NAME = 'Quillon Marchbanks-Oyelaran';

test('locks by itself after the chosen time without a touch', async ({ page }) => {
  await page.clock.install();
  const people = await protectedWith(page, NAME);
  await page.getByLabel('Lock after', { exact: true }).selectOption('2');
  await page.getByRole('link', { name: 'People', exact: true }).click();
  await expect(people.person(NAME)).toBeVisible();

  await page.clock.runFor(60_000);
  await expect(people.person(NAME)).toBeVisible();
  await page.clock.runFor(61_000);
  await expect(page.getByRole('heading', { name: 'Restory is locked', level: 1 })).toBeVisible();
  expect(await page.locator('body').innerText()).not.toContain('Quillon');
});
