import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withSmallCatalogue, startConversationAt } from '../../../tests/fixtures/builders';
import { renderAppAt } from '../../../tests/render-app';
import { db } from '../../storage/database';
import { addPerson } from '../../storage/people-repo';

const STORAGE_FULL =
  "The tablet's storage is full, so that change was not saved. Everything before it is safe. Free some space, then try again.";
const SAVE_FAILED =
  'That change could not be saved. Everything before it is safe. Please try again.';

async function openStoryboardWithTeacher() {
  withSmallCatalogue();
  const conversationId = await startConversationAt(await addPerson('Sam'));
  const app = renderAppAt(`/together/${conversationId}`);
  await screen.findByRole('heading', { name: 'What happened?' });
  const tray = screen.getByRole('region', { name: 'Pictures' });
  const step1 = screen.getByRole('listitem', { name: 'Step 1' });
  await app.user.click(within(tray).getByRole('button', { name: 'teacher' }));
  await app.user.click(step1);
  await within(step1).findByRole('button', { name: 'Move teacher from step 1' });
  const saved = await db.conversations.get(conversationId);
  return { ...app, conversationId, tray, step1, saved };
}

/** IndexedDB aborts the transaction; Dexie hands back an AbortError with the cause in `inner`. */
const wrappedQuotaError = () =>
  Object.assign(new Error('abort'), {
    name: 'AbortError',
    inner: new DOMException('full', 'QuotaExceededError'),
  });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a storyboard change that cannot be saved', () => {
  it('says plainly that storage is full, and keeps the saved story as it was', async () => {
    const { user, tray, step1, conversationId, saved } = await openStoryboardWithTeacher();
    const put = vi.spyOn(db.conversations, 'put').mockRejectedValue(wrappedQuotaError());

    await user.click(within(tray).getByRole('button', { name: 'friend' }));
    await user.click(step1);

    expect(await screen.findByRole('alert')).toHaveTextContent(STORAGE_FULL);
    expect(put).toHaveBeenCalled();
    expect(await db.conversations.get(conversationId)).toEqual(saved);
    expect(
      within(step1)
        .queryAllByRole('button', { name: /^Move .+ from step 1$/ })
        .map((b) => b.textContent),
    ).toEqual(['teacher']);

    put.mockRestore();
    await user.click(within(tray).getByRole('button', { name: 'friend' }));
    await user.click(step1);
    await within(step1).findByRole('button', { name: 'Move friend from step 1' });
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });

  it('keeps the general message for any other failed write', async () => {
    const { user, tray, step1, conversationId, saved } = await openStoryboardWithTeacher();
    vi.spyOn(db.conversations, 'put').mockRejectedValue(
      Object.assign(new Error('abort'), { name: 'AbortError' }),
    );

    await user.click(within(tray).getByRole('button', { name: 'friend' }));
    await user.click(step1);

    expect(await screen.findByRole('alert')).toHaveTextContent(SAVE_FAILED);
    expect(await db.conversations.get(conversationId)).toEqual(saved);
  });
});
