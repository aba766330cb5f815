/**
 * Together's own writes (the step, the break, "something calm first", leaving) go through the
 * one save path: when one is not stored the person reads the calm notice, and a break still
 * shows, so nobody is kept from it by the disk.
 */
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { leaveWithStaffPin, openTogetherFor } from '../../tests/fixtures/lock';
import {
  abortError,
  SAVE_FAILED,
  STORAGE_FULL,
  storageFullError,
} from '../../tests/fixtures/save-failures';
import { renderAppAt } from '../../tests/render-app';
import { db } from '../storage/database';
import { ACTIVE_TOGETHER_KEY } from '../storage/session-repo';
import { goToStep } from '../storage/together-repo';

async function openTogether(step: 'welcome' | 'what-happened' = 'what-happened') {
  const { conversationId } = await openTogetherFor('Sam');
  await goToStep(conversationId, step);
  const app = renderAppAt(`/together/${conversationId}`);
  const heading = step === 'welcome' ? 'Hello, Sam.' : 'What happened?';
  await screen.findByRole('heading', { name: heading });
  return { ...app, id: conversationId };
}

const stored = async (id: string) => (await db.conversations.get(id))!;
const failConversationWrites = (error = abortError()) =>
  vi.spyOn(db.conversations, 'put').mockRejectedValue(error);

describe('Together when a change is not stored', () => {
  it('stays on the step and says so when Next is not stored', async () => {
    const { user, id } = await openTogether();
    const put = failConversationWrites();

    await user.click(screen.getByRole('button', { name: 'Next' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(SAVE_FAILED);
    expect(screen.getByRole('heading', { name: 'What happened?', level: 1 })).toBeVisible();
    expect((await stored(id)).step).toBe('what-happened');

    put.mockRestore();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(
      await screen.findByRole('heading', { name: 'How did it feel?', level: 1 }),
    ).toBeVisible();
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });

  it('still gives the break when it cannot be stored, and says so calmly', async () => {
    const { user, id } = await openTogether();
    failConversationWrites(storageFullError());

    await user.click(screen.getByRole('button', { name: 'Break' }));

    expect(await screen.findByRole('heading', { name: 'Take a break', level: 1 })).toBeVisible();
    expect(await screen.findByRole('alert')).toHaveTextContent(STORAGE_FULL);
    expect((await stored(id)).isOnBreak).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Back to talking' }));
    expect(await screen.findByRole('heading', { name: 'What happened?', level: 1 })).toBeVisible();
  });

  it('goes back to talking when the end of the break cannot be stored, and says so', async () => {
    const { conversationId: id } = await openTogetherFor('Sam');
    await db.conversations.update(id, { isOnBreak: true });
    const { user } = renderAppAt(`/together/${id}`);
    await screen.findByRole('heading', { name: 'Take a break', level: 1 });
    failConversationWrites();

    await user.click(screen.getByRole('button', { name: 'Back to talking' }));

    expect(await screen.findByRole('heading', { name: 'What happened?', level: 1 })).toBeVisible();
    expect(await screen.findByRole('alert')).toHaveTextContent(SAVE_FAILED);
    expect((await stored(id)).isOnBreak).toBe(true);
  });

  it('gives "something calm first" at once, and stores neither the answer nor the break when it cannot', async () => {
    const { user, id } = await openTogether('welcome');
    failConversationWrites();

    await user.click(screen.getByRole('button', { name: 'Yes, something calm first' }));

    expect(await screen.findByRole('heading', { name: 'Take a break', level: 1 })).toBeVisible();
    expect(await screen.findByRole('alert')).toHaveTextContent(SAVE_FAILED);
    expect(await stored(id)).toMatchObject({ isOnBreak: false, welcome: { isCalmFirst: null } });
  });

  it('stays in Together and says so when leaving cannot be stored', async () => {
    const { id } = await openTogether();
    vi.spyOn(db.settings, 'bulkDelete').mockRejectedValue(abortError());

    await leaveWithStaffPin();

    expect(await screen.findByRole('alert')).toHaveTextContent(SAVE_FAILED);
    expect(screen.getByRole('heading', { name: 'What happened?', level: 1 })).toBeVisible();
    expect((await db.settings.get(ACTIVE_TOGETHER_KEY))?.value).toBe(id);
  });
});
