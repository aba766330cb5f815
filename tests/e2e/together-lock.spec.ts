/** Journey: Together is a locked mode; leaving it needs the staff PIN, or a hold until one is set. */
import { expect, expectNoAxeViolations, test } from './fixtures';
import { PeoplePage } from './pages/people-page';
import { PersonPage } from './pages/person-page';
import { SettingsPage } from './pages/settings-page';
import { StaffExit } from './pages/staff-exit';
import { StoryboardPage } from './pages/storyboard-page';

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

test('without a staff PIN, a short click stays; a hold by mouse, finger or key leaves', async ({
  page,
}) => {
  const people = new PeoplePage(page);
  await people.goto();
  await people.addPerson('Noor');
  const board = await people.startTogether('Noor');
  const exit = new StaffExit(page);

  await exit.staffButton.click();
  await expect(exit.holdHint).toBeVisible();
  await expect(board.heading).toBeVisible();

  await exit.holdToLeave();
  const person = new PersonPage(page, 'Noor');
  await expect(person.heading).toBeVisible();

  await person.startTogether();
  await exit.touchHoldToLeave();
  await expect(person.heading).toBeVisible();

  await person.startTogether();
  await exit.keyboardHoldToLeave();
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
  await exit.typePin('1111');
  await expect(exit.noMatchMessage).toBeVisible();
  await expectNoAxeViolations(page);
});
