/** Journey: putting the steps of the story in the right order, and taking one out. */
import { expect, test } from './fixtures';
import { PeoplePage } from './pages/people-page';

test('steps reorder with their buttons and by dragging their grip, and the order is kept', async ({
  page,
}) => {
  const people = new PeoplePage(page);
  await people.goto();
  await people.addPerson('Morgan');
  const board = await people.startTogether('Morgan');
  await board.addStep();
  await board.addStep();
  await board.tapToPlace('People', 'teacher', 1);
  await board.tapToPlace('Feelings', 'angry', 2);
  await board.tapToPlace('Actions', 'shout', 3);
  await expect.poll(() => board.storyPictures()).toEqual([['teacher'], ['angry'], ['shout']]);

  await expect(
    board.step(1).getByRole('button', { name: 'Move step 1 earlier', exact: true }),
  ).toBeDisabled();
  await expect(
    board.step(3).getByRole('button', { name: 'Move step 3 later', exact: true }),
  ).toBeDisabled();

  await board.step(3).getByRole('button', { name: 'Move step 3 earlier', exact: true }).click();
  await board.expectAnnounced('Step is now step 2.');
  await expect.poll(() => board.storyPictures()).toEqual([['teacher'], ['shout'], ['angry']]);

  await board.mouseDrag(board.grip(3), board.step(1));
  await board.expectAnnounced('Step is now step 1.');
  await expect.poll(() => board.storyPictures()).toEqual([['angry'], ['teacher'], ['shout']]);

  await page.reload();
  await board.expectShown();
  await expect.poll(() => board.storyPictures()).toEqual([['angry'], ['teacher'], ['shout']]);
});

test('a deleted step comes back whole with Undo (issue 10, point 4)', async ({ page }) => {
  const people = new PeoplePage(page);
  await people.goto();
  await people.addPerson('Noor');
  const person = await people.openPerson('Noor');
  const board = await person.startTogether();
  await board.addStep();
  await board.addStep();
  await board.tapToPlace('People', 'teacher', 1);
  await board.tapToPlace('Feelings', 'angry', 2);

  const deleteStep2 = board.step(2).getByRole('button', { name: 'Delete step 2', exact: true });
  await board
    .step(2)
    .getByRole('textbox', { name: 'Words for step 2', exact: true })
    .fill('at lunch');

  // No question first: a deleted step comes back whole with "Undo", beside the words said.
  await deleteStep2.tap();
  await expect(board.steps).toHaveCount(2);
  await board.expectAnnounced('Deleted step 2.');
  const undo = page.locator('.undo-notice');
  await expect(undo).toContainText('Deleted step 2.');
  await undo.getByRole('button', { name: 'Undo', exact: true }).tap();
  await expect(board.steps).toHaveCount(3);
  await board.expectAnnounced('Step 2 is back.');
  await board.expectPictures(2, ['angry']);
  await expect(
    board.step(2).getByRole('textbox', { name: 'Words for step 2', exact: true }),
  ).toHaveValue('at lunch');
  await expect(undo).toHaveCount(0);

  await deleteStep2.click();
  await expect(board.steps).toHaveCount(2);
  await board.expectPictures(1, ['teacher']);
  await board.expectPictures(2, []);
  await board.step(2).getByRole('button', { name: 'Delete step 2', exact: true }).click();
  await expect(board.steps).toHaveCount(1);

  await page.reload();
  await board.expectShown();
  await expect(board.steps).toHaveCount(1);
  await board.expectPictures(1, ['teacher']);

  await board.staffExit.leave();
  await expect(person.heading).toBeVisible();
  await expect(page.getByText('1 step', { exact: true })).toBeVisible();
});
