/**
 * Crash safety: the page is closed in the middle of a burst of storyboard edits, with no
 * beforeunload (a renderer crash via the DevTools protocol takes this headless Chromium down whole).
 * Each edit is one transaction, so after reopening every edit is either whole or absent.
 */
import { expect, test } from './fixtures';
import { PeoplePage } from './pages/people-page';
import { readStoredRows } from './pages/stored-rows';

interface StoredFrame {
  id: string;
  caption: string;
  placements: { id: string; cardId: string }[];
}

test('a crash mid-burst leaves every storyboard edit whole or absent', async ({
  page,
  context,
}) => {
  const people = new PeoplePage(page);
  await people.goto();
  await people.addPerson('Sam');
  const board = await people.startTogether('Sam');
  await board.tapToPlace('People', 'teacher', 1);
  await board.expectPictures(1, ['teacher']);

  // 40 "Add step" edits fired as fast as the page can take them, then the renderer crashes.
  const burst = 40;
  await page.evaluate((count) => {
    const add = document.querySelector<HTMLButtonElement>('.story__add');
    for (let i = 0; i < count; i += 1) add?.click();
  }, burst);
  // Closed at once: no beforeunload, and writes still in flight are cut off with the page.
  await page.close({ runBeforeUnload: false });

  const reopened = await context.newPage();
  await reopened.goto('/');
  const stored = await readStoredRows<{ story: StoredFrame[]; revision: number }>(
    reopened,
    'conversations',
  );
  expect(stored).toHaveLength(1);
  const [conversation] = stored;
  if (!conversation) throw new Error('The conversation is gone');
  const { story, revision } = conversation;
  // The picture placed before the burst is intact, in step 1.
  expect(story[0]?.placements.map((p) => p.cardId)).toEqual(['starter-teacher']);
  // Every added step is whole: an id, no caption, no pictures; none is half-written or doubled.
  for (const frame of story.slice(1))
    expect(frame).toEqual({ id: expect.any(String), caption: '', placements: [] });
  expect(new Set(story.map((f) => f.id)).size).toBe(story.length);
  // Exactly the edits that were stored: one revision per stored edit (moving on from Welcome,
  // 1 placement, then the added steps).
  expect(story.length - 1).toBeLessThanOrEqual(burst);
  expect(revision).toBe(2 + (story.length - 1));
  await expect(reopened.getByRole('heading', { name: 'What happened?' })).toBeVisible();
  await expect(
    reopened.getByRole('list', { name: 'Story' }).getByRole('listitem', { name: /^Step \d+$/ }),
  ).toHaveCount(story.length);
});
