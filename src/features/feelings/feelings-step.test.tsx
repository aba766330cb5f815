import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installFakeAudio } from '../../../tests/fixtures/fake-audio';
import {
  feelInStep,
  withSmallCatalogue,
  startConversationAt,
} from '../../../tests/fixtures/builders';
import { renderAppAt } from '../../../tests/render-app';
import { DEFAULT_COMMUNICATION } from '../../domain/types';
import feelingsWords from '../../i18n/locales/en/feelings.json';
import { applyStoryChange } from '../../storage/conversations-repo';
import { db } from '../../storage/database';
import { addPerson, updateProfile } from '../../storage/people-repo';

/** Teacher and shout in step 1, throw in step 2, on "How did it feel?". */
async function storyOnFeelings(personId?: string) {
  withSmallCatalogue();
  const person = personId ?? (await addPerson('Sam'));
  const id = await startConversationAt(person, 'how-did-it-feel');
  const firstId = (await db.conversations.get(id))!.story[0]!.id;
  await applyStoryChange(id, { type: 'add-frame', frameId: 'f2' });
  for (const [placementId, cardId, frameId] of [
    ['p1', 'starter-teacher', firstId],
    ['p2', 'starter-shout', firstId],
    ['p3', 'starter-throw', 'f2'],
  ] as const) {
    await applyStoryChange(id, { type: 'place', placementId, cardId, frameId });
  }
  return { id, firstId };
}

const stored = async (id: string) => (await db.conversations.get(id))!;
const feelingsOf = async (id: string, frameId: string) =>
  (await stored(id)).feelings
    .filter((f) => f.frameId === frameId)
    .map((f) => [f.cardId, f.size] as const);

const feelingList = () => screen.getByRole('list', { name: 'How did you feel?' });
const feelingCard = (name: string) => within(feelingList()).getByRole('button', { name });
const button = (name: string) => screen.getByRole('button', { name });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('How did it feel?', () => {
  it('asks one question at a time for the step in view: the feeling, then how big it was', async () => {
    const { id, firstId } = await storyOnFeelings();
    const { user, unmount } = renderAppAt(`/together/${id}`);
    expect(await screen.findByRole('heading', { name: 'Step 1', level: 2 })).toBeVisible();
    const pictures = screen.getByRole('list', { name: 'Pictures in step 1' });
    expect(within(pictures).getByText('teacher')).toBeVisible();
    // The feeling first; how big it was is not asked yet.
    expect(screen.queryByRole('radiogroup', { name: 'How big was it?' })).toBeNull();

    await user.click(await waitFor(() => feelingCard('angry')));
    const size = await screen.findByRole('radiogroup', { name: 'How big was it?' });
    // The next question takes the focus as it shows (an effect, just after it is drawn).
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'How big was it?' })).toHaveFocus(),
    );
    expect(screen.queryByRole('list', { name: 'How did you feel?' })).toBeNull();
    // What comes after the size waits for it.
    expect(screen.queryByRole('button', { name: 'Add more' })).toBeNull();
    await user.click(within(size).getByRole('radio', { name: '4 Very big' }));
    expect(await screen.findByRole('button', { name: 'Add more' })).toBeVisible();
    expect(await feelingsOf(id, firstId)).toEqual([['feeling-angry', 4]]);
    expect(button('Step 1')).toHaveAccessibleDescription('angry, Very big');

    // On to the next story step: the feeling question again, its answers its own.
    await user.click(button('On to step 2'));
    const second = await screen.findByRole('heading', { name: 'Step 2', level: 2 });
    await waitFor(() => expect(second).toHaveFocus());
    expect(feelingCard('angry')).toHaveAttribute('aria-pressed', 'false');
    await user.click(feelingCard('calm'));
    await screen.findByRole('radiogroup', { name: 'How big was it?' });
    expect(await feelingsOf(id, 'f2')).toEqual([['feeling-calm', null]]);
    expect(await feelingsOf(id, firstId)).toEqual([['feeling-angry', 4]]);

    // A reload returns to the story step that was open, and to its question.
    unmount();
    renderAppAt(`/together/${id}`);
    expect(await screen.findByRole('heading', { name: 'Step 2', level: 2 })).toBeVisible();
    expect(await screen.findByRole('radiogroup', { name: 'How big was it?' })).toBeVisible();
    expect(button('calm')).toHaveAttribute('aria-pressed', 'true');
    expect((await stored(id)).feelingsFrameId).toBe('f2');
  });

  it('holds more than one feeling in a step, each with its own size, and takes one out', async () => {
    const { id, firstId } = await storyOnFeelings();
    await feelInStep(id, firstId, 'feeling-angry', { size: 4 });
    const { user } = renderAppAt(`/together/${id}`);

    await user.click(await screen.findByRole('button', { name: 'Another feeling' }));
    // A feeling the step holds shows as chosen; a tap on it would go back to it.
    expect(feelingCard('angry')).toHaveAttribute('aria-pressed', 'true');
    await user.click(feelingCard('sad'));
    await user.click(await screen.findByRole('radio', { name: '2 Some' }));
    await waitFor(async () =>
      expect(await feelingsOf(id, firstId)).toEqual([
        ['feeling-angry', 4],
        ['feeling-sad', 2],
      ]),
    );
    const inStep = within(screen.getByRole('list', { name: 'Feelings in step 1' }));
    // The screen shows what is stored: the live query re-renders a moment after the write lands.
    expect(await inStep.findByRole('button', { name: 'sad, Some' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(button('Step 1')).toHaveAccessibleDescription('angry, Very big; sad, Some');

    // Back to the first feeling: its own size shows.
    await user.click(inStep.getByRole('button', { name: 'angry, Very big' }));
    expect(screen.getByRole('radio', { name: '4 Very big' })).toBeChecked();
    await user.click(button('Remove angry from step 1'));
    await waitFor(async () => expect(await feelingsOf(id, firstId)).toEqual([['feeling-sad', 2]]));
    expect(screen.getByRole('heading', { name: 'Step 1', level: 2 })).toHaveFocus();
    expect(await screen.findByRole('status')).toHaveTextContent('angry removed from step 1.');
  });

  it('shows the person’s own feelings first and the rest behind "More feelings"', async () => {
    withSmallCatalogue();
    const personId = await addPerson('Sam');
    await updateProfile(personId, {
      displayName: 'Sam',
      language: 'en',
      communication: DEFAULT_COMMUNICATION,
      likes: [],
      calming: [],
      feelings: ['feeling-sad', 'feeling-calm'],
    });
    const { id } = await storyOnFeelings(personId);
    const { user } = renderAppAt(`/together/${id}`);
    const more = await screen.findByRole('button', { name: 'More feelings' });
    const words = () =>
      within(feelingList())
        .getAllByRole('button')
        .map((b) => b.textContent);
    expect(words()).toEqual(['sad', 'calm']);
    expect(more).toHaveAttribute('aria-expanded', 'false');

    await user.click(more);
    expect(words()).toEqual(['sad', 'calm', 'angry']);
    expect(button('Fewer feelings')).toHaveAttribute('aria-expanded', 'true');
  });

  it('moves between sizes with the arrow keys', async () => {
    const { id, firstId } = await storyOnFeelings();
    await feelInStep(id, firstId, 'feeling-angry');
    const { user } = renderAppAt(`/together/${id}`);
    await user.click(await screen.findByRole('radio', { name: '2 Some' }));
    await user.keyboard('{ArrowRight}');
    const bigSize = screen.getByRole('radio', { name: '3 Big' });
    expect(bigSize).toHaveFocus();
    await waitFor(() => expect(bigSize).toBeChecked());
    expect(await feelingsOf(id, firstId)).toEqual([['feeling-angry', 3]]);
  });

  it('keeps a colour, a drawing and a sound behind "Add more", one at a time, and plays the sound', async () => {
    const audio = installFakeAudio();
    const { id, firstId } = await storyOnFeelings();
    await feelInStep(id, firstId, 'feeling-angry', { size: 3 });
    const { user } = renderAppAt(`/together/${id}`);
    const addMore = await screen.findByRole('button', { name: 'Add more' });
    expect(screen.queryByRole('button', { name: 'Blue' })).toBeNull();

    await user.click(addMore);
    await user.click(button('Colour'));
    const blue = button('Blue');
    await user.click(blue);
    await waitFor(() => expect(blue).toHaveAttribute('aria-pressed', 'true'));
    await user.click(button('Sound'));
    expect(screen.queryByRole('button', { name: 'Blue' })).toBeNull();
    const lowDrum = button('Low drum');
    await user.click(lowDrum);
    await waitFor(() => expect(lowDrum).toHaveAttribute('aria-pressed', 'true'));
    expect((await stored(id)).feelings[0]).toMatchObject({
      colour: '#277da1',
      soundId: 'low-drum',
    });
    expect(audio.startedOscillators()).toBeGreaterThan(0);

    // The drawing's hint for keyboard users is for screen readers only.
    await user.click(button('Drawing'));
    expect(screen.getByRole('img', { name: 'Drawing of angry in step 1' })).toBeVisible();
    expect(screen.getByText('Keyboard users can skip the drawing.')).toHaveClass('visually-hidden');
  });

  it('links "I felt … so I …" with the actions of that step only, as a sentence in the past tense', async () => {
    const { id, firstId } = await storyOnFeelings();
    await feelInStep(id, firstId, 'feeling-angry', { size: 5 });
    const { user } = renderAppAt(`/together/${id}`);
    const group = await screen.findByRole('list', { name: 'I felt angry so I …' });
    // Shout is in this step; the teacher is no action; throw is in step 2.
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['shouted']);

    await user.click(within(group).getByRole('button', { name: 'shouted' }));
    const sentences = await screen.findByRole('list', { name: 'What I felt and did' });
    expect(within(sentences).getByText('I felt angry so I shouted.')).toBeVisible();
    expect((await stored(id)).links).toMatchObject([
      { feelingCardId: 'feeling-angry', behaviourCardId: 'starter-shout' },
    ]);

    // A second tap takes the link out again.
    await user.click(within(group).getByRole('button', { name: 'shouted' }));
    await waitFor(() =>
      expect(screen.queryByRole('list', { name: 'What I felt and did' })).toBeNull(),
    );
    expect((await stored(id)).links).toEqual([]);
  });

  it('offers the feeling for each step even when the story has no pictures', async () => {
    withSmallCatalogue();
    const id = await startConversationAt(await addPerson('Sam'), 'how-did-it-feel');
    const frameId = (await stored(id)).story[0]!.id;
    const { user } = renderAppAt(`/together/${id}`);
    expect(await screen.findByText('No pictures in this step.')).toBeVisible();
    await user.click(await waitFor(() => feelingCard('sad')));
    await screen.findByRole('radiogroup', { name: 'How big was it?' });
    expect(await feelingsOf(id, frameId)).toEqual([['feeling-sad', null]]);
    // One step only: no step buttons to choose between.
    expect(screen.queryByRole('list', { name: 'Story steps' })).toBeNull();
  });

  it('uses calm, non-judgemental words', () => {
    const judgemental = /\b(bad|naughty|wrong|fault|punish\w*)\b/i;
    const all = JSON.stringify(feelingsWords);
    expect(all).not.toMatch(judgemental);
  });
});
