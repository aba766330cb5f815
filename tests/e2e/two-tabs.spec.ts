/**
 * Journey: the same words open in two tabs (issue 18, point 4). Words stored in one tab reach the
 * other, also into a field someone has entered but not typed in.
 */
import { expect, test } from './fixtures';
import { StoryboardPage } from './pages/storyboard-page';

test.use({ seed: 'together' });

test('words stored in one tab reach the other tab', async ({ page, context }) => {
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

  // While A is typing, newer words from B are offered, never silently dropped: the component
  // tests (src/ui/saved-text-field-elsewhere.test.tsx) check that with a controlled order, which
  // two real tabs racing a 300 ms save timer cannot give on a busy machine.
});
