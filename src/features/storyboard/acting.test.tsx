import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withSmallCatalogue, startConversationAt } from '../../../tests/fixtures/builders';
import { renderAppAt } from '../../../tests/render-app';
import { applyStoryChange } from '../../storage/conversations-repo';
import { db } from '../../storage/database';
import { addPerson } from '../../storage/people-repo';
import { chooseWay } from '../../storage/together-repo';

/** A conversation on "What happened?" with the given cards placed in step 1 (and one more step). */
async function storyWith(...cardIds: string[]) {
  withSmallCatalogue();
  const conversationId = await startConversationAt(await addPerson('Sam'));
  const frameId = (await db.conversations.get(conversationId))?.story[0]?.id ?? '';
  for (const [i, cardId] of cardIds.entries())
    await applyStoryChange(conversationId, {
      type: 'place',
      placementId: `p${i}`,
      cardId,
      frameId,
    });
  await applyStoryChange(conversationId, { type: 'add-frame', frameId: 'step-2' });
  return conversationId;
}

async function open(conversationId: string) {
  const app = renderAppAt(`/together/${conversationId}`);
  await screen.findByRole('heading', { name: 'What happened?' });
  return app;
}

const step = (n: number) => screen.getByRole('listitem', { name: `Step ${n}` });
const storedBubbles = async (id: string) =>
  (await db.conversations.get(id))?.story.flatMap((f) => f.placements.flatMap((p) => p.bubbles));

/** Any new id: the app makes it, the test only checks there is one. */
const anyId: unknown = expect.any(String);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('acting it out with puppets', () => {
  it('keeps a thought typed by staff, shown in its bubble after coming back', async () => {
    const id = await storyWith('starter-teacher');
    const { user, unmount } = await open(id);
    await user.click(screen.getByRole('button', { name: 'Add words for teacher in step 1' }));
    const dialog = screen.getByRole('dialog', { name: 'Words for teacher' });
    const add = within(dialog).getByRole('button', { name: 'Add' });
    expect(add).toBeDisabled();
    await user.click(within(dialog).getByRole('radio', { name: 'What I thought' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Words' }), 'I want to go home');
    await user.click(add);

    expect(
      await within(step(1)).findByRole('listitem', { name: 'What I thought: I want to go home' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Added what I thought to teacher in step 1.',
    );
    expect(await storedBubbles(id)).toEqual([
      { id: anyId, kind: 'i-thought', text: 'I want to go home', cardId: null },
    ]);

    unmount();
    await open(id);
    expect(
      await within(step(1)).findByRole('listitem', { name: 'What I thought: I want to go home' }),
    ).toBeInTheDocument();
  });

  it('says a phrase card aloud in the person’s language', async () => {
    const spoken: { text: string; lang: string }[] = [];
    vi.stubGlobal(
      'SpeechSynthesisUtterance',
      class {
        lang = '';
        constructor(public text: string) {}
      },
    );
    vi.stubGlobal('speechSynthesis', {
      speaking: false,
      pending: false,
      getVoices: () => [],
      cancel: vi.fn(),
      speak: (u: { text: string; lang: string }) => spoken.push({ text: u.text, lang: u.lang }),
    });
    const id = await storyWith('starter-teacher');
    const { user } = await open(id);
    await user.click(screen.getByRole('button', { name: 'Add words for teacher in step 1' }));
    const dialog = screen.getByRole('dialog', { name: 'Words for teacher' });
    expect(within(dialog).getByRole('radio', { name: 'What they said' })).toBeChecked();
    const stop = within(dialog).getByRole('button', { name: 'Stop' });
    await user.click(stop);
    expect(stop).toHaveAttribute('aria-pressed', 'true');
    await user.click(stop);
    expect(stop).toHaveAttribute('aria-pressed', 'false');
    expect(within(dialog).getByRole('button', { name: 'Add' })).toBeDisabled();
    await user.click(stop);
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));

    const bubble = await within(step(1)).findByRole('listitem', { name: 'What they said: Stop' });
    expect(await storedBubbles(id)).toEqual([
      { id: anyId, kind: 'they-said', text: '', cardId: 'phrase-stop' },
    ]);
    await user.click(within(bubble).getByRole('button', { name: 'Read aloud what they said' }));
    expect(spoken).toEqual([{ text: 'Stop', lang: 'en' }]);
  });

  it('changes and removes a bubble', async () => {
    const id = await storyWith('starter-teacher');
    await applyStoryChange(id, {
      type: 'add-bubble',
      placementId: 'p0',
      bubbleId: 'b1',
      kind: 'they-said',
      text: 'Sit down',
      cardId: null,
    });
    const { user } = await open(id);
    await user.click(
      await screen.findByRole('button', { name: 'Change what they said from teacher' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Words for teacher' });
    const words = within(dialog).getByRole('textbox', { name: 'Words' });
    expect(words).toHaveValue('Sit down');
    await user.clear(words);
    await user.type(words, 'Sit down please');
    await user.click(within(dialog).getByRole('button', { name: 'angry' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await within(step(1)).findByRole('listitem', { name: 'What they said: Sit down please' });
    expect(await storedBubbles(id)).toEqual([
      { id: 'b1', kind: 'they-said', text: 'Sit down please', cardId: 'feeling-angry' },
    ]);

    await user.click(screen.getByRole('button', { name: 'Remove what they said from teacher' }));
    await waitFor(() => expect(within(step(1)).queryAllByRole('listitem')).toHaveLength(1));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Removed what they said from teacher in step 1.',
    );
    expect(await storedBubbles(id)).toEqual([]);
    expect(screen.getByRole('button', { name: 'Move teacher from step 1' })).toBeInTheDocument();
  });

  it('keeps a puppet’s words when it moves, and bubble buttons never place a picked picture', async () => {
    const id = await storyWith('starter-teacher');
    await applyStoryChange(id, {
      type: 'add-bubble',
      placementId: 'p0',
      bubbleId: 'b1',
      kind: 'i-said',
      text: 'No',
      cardId: null,
    });
    const { user } = await open(id);
    const tray = screen.getByRole('region', { name: 'Pictures' });
    await user.click(within(tray).getByRole('button', { name: 'friend' }));
    await user.click(screen.getByRole('button', { name: 'Read aloud what I said' }));
    expect(within(step(1)).queryByRole('button', { name: 'Move friend from step 1' })).toBeNull();
    await user.click(step(1));
    await within(step(1)).findByRole('button', { name: 'Move friend from step 1' });

    await user.click(screen.getByRole('button', { name: 'Move teacher from step 1' }));
    await user.click(step(2));
    expect(
      await within(step(2)).findByRole('listitem', { name: 'What I said: No' }),
    ).toBeInTheDocument();
    expect((await db.conversations.get(id))?.story[1]?.placements[0]?.bubbles).toHaveLength(1);
  });

  it('offers words only on people pictures, and only when puppets are wanted', async () => {
    const id = await storyWith('starter-teacher', 'feeling-angry');
    const { unmount } = await open(id);
    expect(
      await screen.findByRole('button', { name: 'Add words for teacher in step 1' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Move angry from step 1' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Add words for angry/ })).toBeNull();
    unmount();

    await chooseWay(id, 'pictures');
    await open(id);
    await screen.findByRole('button', { name: 'Move teacher from step 1' });
    expect(screen.queryByRole('button', { name: /^Add words/ })).toBeNull();
  });
});
