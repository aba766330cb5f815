import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installFakeAudio } from '../../../tests/fixtures/fake-audio';
import { withSmallCatalogue, startConversationAt } from '../../../tests/fixtures/builders';
import { renderAppAt } from '../../../tests/render-app';
import { applyStoryChange } from '../../storage/conversations-repo';
import { db } from '../../storage/database';
import { addPerson } from '../../storage/people-repo';

/** Teacher and shout in step 1, an empty step 2, on "How did it feel?". */
async function storyOnFeelings() {
  withSmallCatalogue();
  const personId = await addPerson('Sam');
  const id = await startConversationAt(personId, 'how-did-it-feel');
  const firstId = (await db.conversations.get(id))!.story[0]!.id;
  for (const [placementId, cardId] of [
    ['p1', 'starter-teacher'],
    ['p2', 'starter-shout'],
  ] as const) {
    await applyStoryChange(id, { type: 'place', placementId, cardId, frameId: firstId });
  }
  await applyStoryChange(id, { type: 'add-frame', frameId: 'f2' });
  return { id, firstId };
}

const feelingOf = async (id: string, frameId: string) =>
  (await db.conversations.get(id))!.feelings.find((f) => f.frameId === frameId);

const feelingGrid = () => within(screen.getByRole('list', { name: 'How did you feel?' }));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('How did it feel?', () => {
  it('keeps a feeling and its size for one step, apart from the next step', async () => {
    const { id, firstId } = await storyOnFeelings();
    const { user, unmount } = renderAppAt(`/together/${id}`);
    expect(await screen.findByRole('heading', { name: 'Step 1', level: 2 })).toBeInTheDocument();
    const pictures = screen.getByRole('list', { name: 'Pictures in step 1' });
    expect(within(pictures).getByText('teacher')).toBeInTheDocument();
    expect(within(pictures).getByText('shout')).toBeInTheDocument();

    const angryFirst = feelingGrid().getByRole('button', { name: 'angry' });
    const bigFirst = screen.getByRole('radio', { name: '4 Very big' });
    await user.click(angryFirst);
    await user.click(bigFirst);
    await waitFor(() => {
      expect(angryFirst).toHaveAttribute('aria-pressed', 'true');
      expect(bigFirst).toBeChecked();
    });
    expect(await feelingOf(id, firstId)).toMatchObject({ cardId: 'feeling-angry', size: 4 });

    await user.click(screen.getByRole('button', { name: 'Step 2' }));
    expect(await screen.findByRole('heading', { name: 'Step 2', level: 2 })).toBeInTheDocument();
    expect(screen.getByText('No pictures in this step.')).toBeInTheDocument();
    expect(feelingGrid().getByRole('button', { name: 'angry' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(screen.getByRole('radio', { name: '4 Very big' })).not.toBeChecked();
    const calm = feelingGrid().getByRole('button', { name: 'calm' });
    await user.click(calm);
    await waitFor(() => expect(calm).toHaveAttribute('aria-pressed', 'true'));
    expect((await feelingOf(id, 'f2'))?.cardId).toBe('feeling-calm');
    expect(await feelingOf(id, firstId)).toMatchObject({ cardId: 'feeling-angry', size: 4 });

    unmount();
    const again = renderAppAt(`/together/${id}`);
    const angry = await waitFor(() => feelingGrid().getByRole('button', { name: 'angry' }));
    expect(angry).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('radio', { name: '4 Very big' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Step 1' })).toHaveAccessibleDescription(
      'angry, Very big',
    );

    // The chosen feeling again clears it.
    await again.user.click(angry);
    await waitFor(() => expect(angry).toHaveAttribute('aria-pressed', 'false'));
    expect((await feelingOf(id, firstId))?.cardId).toBeNull();
  });

  it('moves between sizes with the arrow keys', async () => {
    const { id, firstId } = await storyOnFeelings();
    const { user } = renderAppAt(`/together/${id}`);
    await user.click(await screen.findByRole('radio', { name: '2 Some' }));
    await user.keyboard('{ArrowRight}');
    const bigSize = screen.getByRole('radio', { name: '3 Big' });
    expect(bigSize).toHaveFocus();
    await waitFor(() => expect(bigSize).toBeChecked());
    expect((await feelingOf(id, firstId))?.size).toBe(3);
    expect(screen.getByRole('radiogroup', { name: 'How big was it?' })).toBeInTheDocument();
  });

  it('stores a colour and a sound, and plays the sound', async () => {
    const audio = installFakeAudio();
    const { id, firstId } = await storyOnFeelings();
    const { user } = renderAppAt(`/together/${id}`);
    const blue = await screen.findByRole('button', { name: 'Blue' });
    const lowDrum = screen.getByRole('button', { name: 'Low drum' });
    await user.click(blue);
    await user.click(lowDrum);
    // The screen shows what is stored: the live query re-renders a moment after the write lands.
    await waitFor(() => {
      expect(blue).toHaveAttribute('aria-pressed', 'true');
      expect(lowDrum).toHaveAttribute('aria-pressed', 'true');
    });
    expect(await feelingOf(id, firstId)).toMatchObject({
      colour: '#277da1',
      soundId: 'low-drum',
    });
    expect(audio.startedOscillators()).toBeGreaterThan(0);

    await user.click(blue);
    await waitFor(() => expect(blue).toHaveAttribute('aria-pressed', 'false'));
    expect((await feelingOf(id, firstId))?.colour).toBeNull();
  });

  it('links "I felt angry so I shout", lists it and removes it', async () => {
    const { id } = await storyOnFeelings();
    const { user } = renderAppAt(`/together/${id}`);
    const link = await screen.findByRole('button', { name: 'Link them' });
    expect(link).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'I felt angry' }));
    // Actions come first among the story's pictures; feelings are not offered as behaviour.
    const behaviours = within(screen.getByRole('list', { name: 'so I …' }));
    expect(behaviours.getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual([
      'so I shout',
      'so I teacher',
    ]);
    expect(link).toBeDisabled();
    await user.click(behaviours.getByRole('button', { name: 'so I shout' }));
    await user.click(link);

    expect(screen.getByRole('heading', { name: 'I felt … so I …' })).toHaveFocus();
    const links = await screen.findByRole('list', { name: 'Links' });
    expect(within(links).getByText('I felt angry so I shout.')).toBeInTheDocument();
    const stored = (await db.conversations.get(id))!.links;
    expect(stored).toMatchObject([
      { feelingCardId: 'feeling-angry', behaviourCardId: 'starter-shout' },
    ]);

    await user.click(screen.getByRole('button', { name: 'Remove link: I felt angry so I shout' }));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Links' })).toBeNull());
    expect((await db.conversations.get(id))!.links).toEqual([]);
  });

  it('offers the feeling for each step even when the story has no pictures', async () => {
    withSmallCatalogue();
    const id = await startConversationAt(await addPerson('Sam'), 'how-did-it-feel');
    const frameId = (await db.conversations.get(id))!.story[0]!.id;
    const { user } = renderAppAt(`/together/${id}`);
    const sad = await waitFor(() => feelingGrid().getByRole('button', { name: 'sad' }));
    await user.click(sad);
    await waitFor(() => expect(sad).toHaveAttribute('aria-pressed', 'true'));
    expect((await feelingOf(id, frameId))?.cardId).toBe('feeling-sad');
    expect(
      screen.getByText('Put pictures in the story on “What happened?” to link them here.'),
    ).toBeInTheDocument();
  });
});
