/**
 * Journey: the same words open in two tabs (issue 18, point 4). Words stored in one tab reach the
 * other; while someone is typing there, they are told and keep both — nothing is silently lost.
 */
import { expect, test } from './fixtures';
import { StoryboardPage } from './pages/storyboard-page';

test.use({ seed: 'together' });

test('words stored in one tab reach the other, and words being typed are never lost', async ({
  page,
  context,
}) => {
  const tabA = await StoryboardPage.open(page);
  const tabB = await StoryboardPage.open(await context.newPage());

  await tabA.caption(1).fill('We had dinner');
  await tabA.caption(1).blur();
  await expect(tabB.caption(1)).toHaveValue('We had dinner');

  // A is in the field but has typed nothing: B's newer words show there.
  await tabA.caption(1).focus();
  await tabB.caption(1).fill('We had lunch in the garden');
  await tabB.caption(1).blur();
  await expect(tabA.caption(1)).toHaveValue('We had lunch in the garden');

  // A types while B stores other words: A is told, and keeping both loses neither.
  await tabA.caption(1).press('End');
  await tabA.caption(1).pressSequentially(', then');
  await tabB.caption(1).fill('We had tea');
  await tabB.caption(1).blur();
  await expect(
    tabA.page.getByRole('status').filter({ hasText: 'changed on another screen' }),
  ).toContainText('We had tea');
  await expect(tabA.caption(1)).toHaveValue('We had lunch in the garden, then');
  await tabA.page.getByRole('button', { name: 'Keep both' }).click();
  const both = 'We had lunch in the garden, then We had tea';
  await expect(tabA.caption(1)).toHaveValue(both);
  await expect(tabB.caption(1)).toHaveValue(both);
});
