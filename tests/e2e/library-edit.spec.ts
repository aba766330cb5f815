/**
 * Journey: staff shape the library and Together follows. A card's new word is what the
 * individual sees in the storyboard's tray; a board arranged by finger keeps its order after a
 * reload, and Together's tray shows the cards in that order.
 */
import { expect, expectNoAxeViolations, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { PeoplePage } from './pages/people-page';

test.use({ seed: 'person' });

test('a card’s word changed in the Library is the word in Together’s tray', async ({ page }) => {
  const people = new PeoplePage(page);
  await people.goto();
  const library = new LibraryPage(page);
  await library.goto();
  const feelings = await library.openBoard('Feelings');
  await feelings.getByRole('button', { name: 'Edit angry', exact: true }).click();
  const editor = page.getByRole('dialog', { name: 'Card: angry' });
  await expectNoAxeViolations(page);
  await editor.getByLabel('Word in English').fill('cross');
  await editor.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(feelings.getByRole('button', { name: 'Edit cross', exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'People', exact: true }).click();
  const storyboard = await people.startTogether('Sam');
  await storyboard.showKind('Feelings');
  await expect(storyboard.trayPicture('cross')).toBeVisible();
  await expect(storyboard.trayPicture('angry')).toHaveCount(0);
});

test('a board arranged by finger keeps its order, in the Library and in Together', async ({
  page,
}) => {
  const people = new PeoplePage(page);
  await people.goto();
  const library = new LibraryPage(page);
  await library.goto();
  const feelings = await library.openBoard('Feelings');
  expect((await library.cardWords(feelings)).slice(0, 4)).toEqual([
    'happy',
    'calm',
    'sad',
    'angry',
  ]);

  await feelings.getByRole('button', { name: 'Arrange cards', exact: true }).click();
  await library.touchDrag(
    feelings.getByRole('button', { name: 'angry', exact: true }),
    feelings.getByRole('button', { name: 'happy', exact: true }),
  );
  await expect(page.getByText('“angry” moved to place 1.')).toBeAttached();
  // The tap alternative: pick "sad" up, then tap where "calm" is.
  await feelings.getByRole('button', { name: 'sad', exact: true }).tap();
  await feelings.getByRole('button', { name: 'Put it where calm is', exact: true }).tap();
  await expect(page.getByText('“sad” moved to place 3.')).toBeAttached();
  await expectNoAxeViolations(page);

  await page.reload();
  const again = await library.openBoard('Feelings');
  expect((await library.cardWords(again)).slice(0, 4)).toEqual(['angry', 'happy', 'sad', 'calm']);

  await page.getByRole('link', { name: 'People', exact: true }).click();
  const storyboard = await people.startTogether('Sam');
  await storyboard.showKind('Feelings');
  const tray = storyboard.tray.getByRole('button');
  await expect(tray.first()).toHaveAccessibleName('angry');
});
