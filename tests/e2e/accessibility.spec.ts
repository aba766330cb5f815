/** Journey: every screen passes axe's WCAG 2.2 A/AA rules as a person would find it. */
import { expect, expectNoAxeViolations, test } from './fixtures';
import { PeoplePage } from './pages/people-page';

test('People, with one person on it', async ({ page }) => {
  const people = new PeoplePage(page);
  await people.goto();
  await people.addPerson('Sam');
  await expectNoAxeViolations(page);
});

test("a person's page", async ({ page }) => {
  const people = new PeoplePage(page);
  await people.goto();
  await people.addPerson('Sam');
  const person = await people.openPerson('Sam');
  await expect(person.startTogetherButton).toBeVisible();
  await expectNoAxeViolations(page);
});

test('Together: the storyboard, and with a picture picked up', async ({ page }) => {
  const people = new PeoplePage(page);
  await people.goto();
  await people.addPerson('Sam');
  const board = await people.startTogether('Sam');
  await board.addStep();
  await board.tapToPlace('Feelings', 'angry', 1);
  await expectNoAxeViolations(page);

  await board.trayPicture('sad').click();
  await expect(board.putButton('sad', 2)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('Library', async ({ page }) => {
  await page.goto('/library');
  await expect(page.getByRole('heading', { name: 'Library', exact: true, level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Needs/, level: 2 })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('Settings', async ({ page }) => {
  await page.goto('/settings');
  await expect(page.getByRole('heading', { name: 'About', exact: true, level: 2 })).toBeVisible();
  await expectNoAxeViolations(page);
});
