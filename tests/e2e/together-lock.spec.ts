/** Journey: Together is a locked mode; it opens only once a staff PIN is set, and only the PIN leaves it. */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { FirstPinPage } from './pages/first-pin';
import { PeoplePage } from './pages/people-page';
import { PersonPage } from './pages/person-page';
import { SettingsPage } from './pages/settings-page';
import { StaffExit } from './pages/staff-exit';
import { StoryboardPage } from './pages/storyboard-page';

/** A staff PIN, and Morgan in Together on the first tab. */
async function lockWithPin(page: Page): Promise<void> {
  const settings = new SettingsPage(page);
  await settings.goto();
  await settings.setPin('2468');
  const people = new PeoplePage(page);
  await people.goto();
  await people.addPerson('Morgan');
  await people.startTogether('Morgan');
}

/** Another tab of the same browser on the app's address: it opens on the same conversation. */
async function openAnotherTab(context: BrowserContext): Promise<Page> {
  const other = await context.newPage();
  await other.goto('/');
  await new StoryboardPage(other).expectShown();
  return other;
}

test('with a staff PIN, only the PIN leaves Together, also after a reload and in a new tab', async ({
  page,
  context,
}) => {
  const settings = new SettingsPage(page);
  await settings.goto();
  await settings.setPin('2468');

  const people = new PeoplePage(page);
  await people.goto();
  await people.addPerson('Morgan');
  const board = await people.startTogether('Morgan');
  const exit = new StaffExit(page);

  await exit.openPrompt();
  await exit.typePin('1357');
  await expect(exit.noMatchMessage).toBeVisible();
  await expect(exit.pinField).toHaveValue('');
  await exit.cancelButton.click();
  await expect(exit.prompt).toBeHidden();
  await expect(board.heading).toBeVisible();

  await page.reload();
  await board.expectShown();

  const other = await context.newPage();
  await other.goto('/');
  await new StoryboardPage(other).expectShown();
  await other.goto('/settings');
  await new StoryboardPage(other).expectShown();
  await other.close();

  await exit.openPrompt();
  await exit.typePin('2468');
  await expect(new PersonPage(page, 'Morgan').heading).toBeVisible();
});

test('unlocking with a second tab open releases both tabs (issue 18, point 5)', async ({
  page,
  context,
}) => {
  await lockWithPin(page);
  const other = await openAnotherTab(context);

  const exit = new StaffExit(page);
  await exit.openPrompt();
  await exit.typePin('2468');
  await expect(new PersonPage(page, 'Morgan').heading).toBeVisible();
  // The other tab follows the lifted lock to Morgan's page instead of locking the tablet again.
  await expect(new PersonPage(other, 'Morgan').heading).toBeVisible();
  await other.reload();
  await expect(new PersonPage(other, 'Morgan').heading).toBeVisible();
  await expect(new PersonPage(page, 'Morgan').heading).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main', exact: true })).toBeVisible();
});

test('six tabs guessing at once get five PINs checked, then every tab waits (issue 18, point 3)', async ({
  page,
  context,
}) => {
  // Six copies of the app on one machine (one guess more than a round): loading them is what
  // takes the time.
  test.slow();
  await lockWithPin(page);
  const tabs = [page];
  for (let i = 1; i < 6; i += 1) tabs.push(await openAnotherTab(context));
  const exits = tabs.map((tab) => new StaffExit(tab));
  for (const [i, exit] of exits.entries()) {
    await exit.openPrompt();
    await exit.pinField.fill(String(1000 + i));
  }

  // All at once: a click event in every tab together. (Playwright's click would wait for a
  // button made unavailable by another tab's wait, and press it once the wait is over.)
  await Promise.all(exits.map((exit) => exit.unlockButton.dispatchEvent('click')));
  for (const exit of exits) {
    await expect(exit.waitLeft).toBeVisible();
    await expect(exit.unlockButton).toBeDisabled();
  }
  // One round of five counted: the try that came during its wait was never checked.
  expect(await exits[0]?.storedTries()).toMatchObject({ failures: 0, rounds: 1 });
  await expect(new StoryboardPage(page).heading).toBeVisible();
});

test('Together never opens without a staff PIN: the first time, staff set one right there (issue 10, point 2)', async ({
  page,
}) => {
  const people = new PeoplePage(page);
  await people.goto();
  await people.addPerson('Noor');
  await people.person('Noor').getByRole('button', { name: 'Start together', exact: true }).tap();
  const firstPin = new FirstPinPage(page);
  await expect(firstPin.heading).toBeVisible();
  await expect(
    page.getByText(
      'Together with Noor stays open until a staff member types this PIN. Only staff can leave it.',
    ),
  ).toBeVisible();
  const exit = new StaffExit(page);
  await expect(exit.staffButton).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Welcome', exact: true })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // "Not now" goes back to Noor, out of Together: the staff screens are there again.
  await firstPin.notNow.tap();
  const person = new PersonPage(page, 'Noor');
  await expect(person.heading).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main', exact: true })).toBeVisible();

  // The same conversation goes on once a PIN is set; only that PIN leaves it.
  await person.startTogetherButton.tap();
  await firstPin.setPin('1357', 'Priya');
  await expect(page.getByRole('heading', { name: 'Welcome', exact: true, level: 1 })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Welcome', exact: true, level: 1 })).toBeVisible();
  await exit.leave('touch', '1357');
  await expect(person.heading).toBeVisible();
});

test('axe: the Settings PIN section and the PIN prompt', async ({ page }) => {
  const settings = new SettingsPage(page);
  await settings.goto();
  await expectNoAxeViolations(page);
  await settings.newPin.fill('12');
  await settings.confirmPin.fill('12');
  await settings.savePin.click();
  await expect(settings.pinSection.getByText(/needs 4 to 8 digits/)).toBeVisible();
  await expectNoAxeViolations(page);
  await settings.newPin.fill('2468');
  await settings.confirmPin.fill('2468');
  await settings.savePin.click();
  await expect(settings.currentPin).toBeVisible();
  await expectNoAxeViolations(page);

  const people = new PeoplePage(page);
  await people.goto();
  await people.addPerson('Sam');
  await people.startTogether('Sam');
  const exit = new StaffExit(page);
  await exit.openPrompt();
  await expectNoAxeViolations(page);
  // Every field a finger uses is a full-size target, the name field included.
  for (const field of [exit.pinField, exit.prompt.getByRole('textbox', { name: 'Your name' })]) {
    expect((await field.boundingBox())?.height).toBeGreaterThanOrEqual(44);
  }
  await exit.typePin('1111');
  await expect(exit.noMatchMessage).toBeVisible();
  await expectNoAxeViolations(page);
});
