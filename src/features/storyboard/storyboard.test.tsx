import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { withSmallCatalogue, startConversationAt } from '../../../tests/fixtures/builders';
import { renderAppAt } from '../../../tests/render-app';
import { applyStoryChange, savePreparation } from '../../storage/conversations-repo';
import { db } from '../../storage/database';
import { addPerson } from '../../storage/people-repo';
import { UNDO_SHOWN_MS } from '../../ui/undo-notice';

async function openStoryboard(frames = 1) {
  withSmallCatalogue();
  const conversationId = await startConversationAt(await addPerson('Sam'));
  for (let i = 1; i < frames; i += 1)
    await applyStoryChange(conversationId, { type: 'add-frame', frameId: `extra-${i}` });
  const app = renderAppAt(`/together/${conversationId}`);
  await screen.findByRole('heading', { name: 'What happened?' });
  const tray = screen.getByRole('region', { name: 'Pictures' });
  return { ...app, conversationId, tray };
}

const step = (n: number) => screen.getByRole('listitem', { name: `Step ${n}` });
const picturesIn = (n: number) =>
  within(step(n))
    .queryAllByRole('button', { name: /^Move .+ from step \d+$/ })
    .map((b) => b.textContent);
const status = () => screen.getByRole('status');
const storedStory = async (id: string) =>
  (await db.conversations.get(id))?.story.map((f) => f.placements.map((p) => p.cardId));

describe('the "What happened?" storyboard', () => {
  it('places a picture with a tap on the picture and a tap on the step', async () => {
    const { user, tray, conversationId } = await openStoryboard(2);
    await user.click(within(tray).getByRole('tab', { name: 'Feelings' }));
    const angry = within(tray).getByRole('button', { name: 'angry' });
    expect(screen.getByText('Tap a picture, then tap a step. Or drag it.')).toBeVisible();
    await user.click(angry);
    expect(angry).toHaveAttribute('aria-pressed', 'true');
    // Said for a finger on a touch screen: no keys to press.
    expect(
      screen.getByText('Now tap a step to put angry there. To stop, tap angry again.'),
    ).toBeVisible();
    await user.click(step(2));
    await waitFor(() => expect(picturesIn(2)).toEqual(['angry']));
    expect(angry).toHaveAttribute('aria-pressed', 'false');
    expect(status()).toHaveTextContent('Placed angry in step 2.');
    expect(await storedStory(conversationId)).toEqual([[], ['feeling-angry']]);
  });

  it('places by keyboard: Enter picks up, Tab reaches a step, Enter puts it there', async () => {
    const { user, tray, conversationId } = await openStoryboard(2);
    within(tray).getByRole('button', { name: 'teacher' }).focus();
    await user.keyboard('{Enter}');
    expect(status()).toHaveTextContent('Picked up teacher. Choose a step.');
    const target = screen.getByRole('button', { name: 'Put teacher in step 2' });
    for (let i = 0; i < 40 && document.activeElement !== target; i += 1)
      await user.tab({ shift: true });
    expect(target).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(picturesIn(2)).toEqual(['teacher']));
    expect(status()).toHaveTextContent('Placed teacher in step 2.');
    expect(within(tray).getByRole('button', { name: 'teacher' })).toHaveFocus();
    expect(await storedStory(conversationId)).toEqual([[], ['starter-teacher']]);
  });

  it('puts a picked picture back with Escape, and places nothing', async () => {
    const { user, tray, conversationId } = await openStoryboard();
    const teacher = within(tray).getByRole('button', { name: 'teacher' });
    await user.click(teacher);
    expect(screen.getByRole('button', { name: 'Put teacher in step 1' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(teacher).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('button', { name: 'Put teacher in step 1' })).not.toBeInTheDocument();
    expect(status()).toHaveTextContent('Stopped moving teacher.');
    expect(await storedStory(conversationId)).toEqual([[]]);
  });

  it('moves a placed picture to another step and removes one', async () => {
    const { user, tray } = await openStoryboard(2);
    await user.click(within(tray).getByRole('button', { name: 'teacher' }));
    await user.click(step(1));
    await user.click(within(tray).getByRole('button', { name: 'friend' }));
    await user.click(step(1));
    await waitFor(() => expect(picturesIn(1)).toEqual(['teacher', 'friend']));
    await user.click(screen.getByRole('button', { name: 'Move teacher from step 1' }));
    await user.click(step(2));
    await waitFor(() => expect(picturesIn(2)).toEqual(['teacher']));
    expect(picturesIn(1)).toEqual(['friend']);
    await user.click(screen.getByRole('button', { name: 'Remove friend from step 1' }));
    await waitFor(() => expect(picturesIn(1)).toEqual([]));
    expect(status()).toHaveTextContent('Removed friend from step 1.');
  });

  it('adds, reorders and deletes steps, and a deleted step comes back whole with Undo', async () => {
    const { user, tray, conversationId } = await openStoryboard();
    await user.click(screen.getByRole('button', { name: 'Add step' }));
    await screen.findByRole('listitem', { name: 'Step 2' });
    await user.click(within(tray).getByRole('button', { name: 'friend' }));
    await user.click(step(2));
    await waitFor(() => expect(picturesIn(2)).toEqual(['friend']));
    await user.type(screen.getByRole('textbox', { name: 'Words for step 2' }), 'at lunch');
    await user.click(screen.getByRole('button', { name: 'Move step 2 earlier' }));
    await waitFor(() => expect(picturesIn(1)).toEqual(['friend']));
    expect(screen.getByRole('button', { name: 'Move step 1 earlier' })).toBeDisabled();
    await waitFor(async () =>
      expect(await storedStory(conversationId)).toEqual([['starter-friend'], []]),
    );

    await user.click(screen.getByRole('button', { name: 'Delete step 1' }));
    await waitFor(() =>
      expect(screen.queryByRole('listitem', { name: 'Step 2' })).not.toBeInTheDocument(),
    );
    expect(await storedStory(conversationId)).toEqual([[]]);
    expect(screen.getByText('Deleted step 1.', { selector: '.undo-notice p' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(picturesIn(1)).toEqual(['friend']));
    expect(screen.getByRole('textbox', { name: 'Words for step 1' })).toHaveValue('at lunch');
    expect(await storedStory(conversationId)).toEqual([['starter-friend'], []]);
    expect(status()).toHaveTextContent('Step 1 is back.');
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
  });

  it('a removed picture comes back with Undo, which stays at least 10 seconds', async () => {
    const { user, tray, conversationId } = await openStoryboard();
    await user.click(within(tray).getByRole('button', { name: 'friend' }));
    await user.click(step(1));
    await waitFor(() => expect(picturesIn(1)).toEqual(['friend']));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    try {
      fireEvent.click(screen.getByRole('button', { name: 'Remove friend from step 1' }));
      await waitFor(() => expect(picturesIn(1)).toEqual([]));
      act(() => vi.advanceTimersByTime(10_000));
      fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
      await waitFor(() => expect(picturesIn(1)).toEqual(['friend']));
      expect(await storedStory(conversationId)).toEqual([['starter-friend']]);

      // Left alone, the offer goes in time and the picture stays removed.
      fireEvent.click(screen.getByRole('button', { name: 'Remove friend from step 1' }));
      await waitFor(() => expect(picturesIn(1)).toEqual([]));
      await screen.findByRole('button', { name: 'Undo' });
      act(() => vi.advanceTimersByTime(UNDO_SHOWN_MS));
      expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
      await waitFor(async () => expect(await storedStory(conversationId)).toEqual([[]]));
    } finally {
      vi.useRealTimers();
    }
  });

  it('offers the person themselves ("Me") and the people named when preparing, first in People', async () => {
    withSmallCatalogue();
    const conversationId = await startConversationAt(await addPerson('Sam'));
    await savePreparation(conversationId, { staff: 'Priya and Tom' });
    const { user } = renderAppAt(`/together/${conversationId}`);
    const tray = await screen.findByRole('region', { name: 'Pictures' });
    await within(tray).findByRole('button', { name: 'Me' });
    const pictures = within(tray)
      .getAllByRole('button')
      .map((b) => b.getAttribute('aria-label') ?? b.textContent);
    expect(pictures.slice(0, 3)).toEqual(['Me', 'Priya', 'Tom']);
    await user.click(within(tray).getByRole('button', { name: 'Me' }));
    await user.click(step(1));
    await waitFor(() => expect(picturesIn(1)).toEqual(['Me']));
    expect(await storedStory(conversationId)).toEqual([[expect.stringMatching(/^me:/)]]);
  });

  it('saves a caption as it is typed', async () => {
    const { user, conversationId } = await openStoryboard();
    await user.type(screen.getByRole('textbox', { name: 'Words for step 1' }), 'at lunch');
    expect(screen.getByRole('textbox', { name: 'Words for step 1' })).toHaveValue('at lunch');
    // The field shows what was typed at once; only the record says it was saved.
    await waitFor(async () =>
      expect((await db.conversations.get(conversationId))?.story[0]?.caption).toBe('at lunch'),
    );
  });

  it('still opens a story whose picture was deleted, with a placeholder', async () => {
    withSmallCatalogue();
    const conversationId = await startConversationAt(await addPerson('Sam'));
    const frameId = (await db.conversations.get(conversationId))?.story[0]?.id ?? '';
    await applyStoryChange(conversationId, {
      type: 'place',
      placementId: 'p1',
      cardId: 'card-that-was-deleted',
      frameId,
    });
    renderAppAt(`/together/${conversationId}`);
    expect(
      await screen.findByRole('button', { name: 'Move Picture not found from step 1' }),
    ).toBeInTheDocument();
  });

  it('shows every tray picture with its word and a decorative image', async () => {
    const { tray } = await openStoryboard();
    for (const button of within(tray).getAllByRole('button', { pressed: false })) {
      expect(button.textContent.trim()).not.toBe('');
      expect(button.querySelector('img')).toHaveAttribute('alt', '');
    }
  });
});
