import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withSmallCatalogue, startConversationAt } from '../../../tests/fixtures/builders';
import { renderAppAt } from '../../../tests/render-app';
import { applyStoryChange } from '../../storage/conversations-repo';
import { db } from '../../storage/database';
import { addPerson } from '../../storage/people-repo';
import { installFakeAudio } from '../../../tests/fixtures/fake-audio';

async function conversationWithTwoSteps(calming: { id: string; text: string }[] = []) {
  withSmallCatalogue();
  const personId = await addPerson('Sam');
  await db.people.update(personId, {
    calming: calming.map((card) => ({ ...card, image: { kind: 'symbol', symbol: '1F3B5' } })),
  });
  const id = await startConversationAt(personId);
  await applyStoryChange(id, { type: 'add-frame', frameId: 'second' });
  const [first] = (await db.conversations.get(id))!.story;
  await applyStoryChange(id, {
    type: 'place',
    cardId: 'feeling-angry',
    frameId: first!.id,
    placementId: 'p1',
  });
  await applyStoryChange(id, {
    type: 'place',
    cardId: 'starter-teacher',
    frameId: 'second',
    placementId: 'p2',
  });
  return id;
}

const picturesIn = (n: number) =>
  within(screen.getByRole('listitem', { name: `Step ${n}` }))
    .queryAllByRole('button', { name: /^Move .+ from step \d+$/ })
    .map((b) => b.textContent);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Break', () => {
  it('rests on a calm screen and comes back to the same step with the story intact', async () => {
    const id = await conversationWithTwoSteps();
    const before = await db.conversations.get(id);
    const { user, unmount } = renderAppAt(`/together/${id}`);
    await user.click(await screen.findByRole('button', { name: 'Break' }));

    expect(await screen.findByRole('heading', { name: 'Take a break', level: 1 })).toHaveFocus();
    expect(screen.queryByRole('list', { name: 'Story' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Break' })).not.toBeInTheDocument();
    // The break shows at once, before the write lands: only the record says it was stored.
    await waitFor(async () => expect((await db.conversations.get(id))?.isOnBreak).toBe(true));

    // A reload during the break comes back to the break.
    unmount();
    const again = renderAppAt(`/together/${id}`);
    await again.user.click(await screen.findByRole('button', { name: 'Back to talking' }));

    expect(await screen.findByRole('heading', { name: 'What happened?' })).toBeInTheDocument();
    expect(picturesIn(1)).toEqual(['angry']);
    expect(picturesIn(2)).toEqual(['teacher']);
    // Coming back shows at once too; the record follows a moment later.
    await waitFor(async () =>
      expect(await db.conversations.get(id)).toMatchObject({
        isOnBreak: false,
        step: before!.step,
        story: before!.story,
      }),
    );
  });

  it("shows the person's own calming activities as pictures with words", async () => {
    const id = await conversationWithTwoSteps([
      { id: 'c1', text: 'Listen to my songs' },
      { id: 'c2', text: 'Walk in the garden' },
    ]);
    await db.conversations.update(id, { isOnBreak: true });
    renderAppAt(`/together/${id}`);
    // usePerson can answer null for a moment while the person loads: wait for their cards.
    await screen.findByText('Listen to my songs');
    const list = screen.getByRole('list');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Listen to my songs', 'Walk in the garden']);
    expect(screen.getByRole('heading', { name: 'Things that help you feel calm' })).toBeVisible();
  });

  it('offers gentle defaults when the profile has no calming activities', async () => {
    const id = await conversationWithTwoSteps();
    await db.conversations.update(id, { isOnBreak: true });
    renderAppAt(`/together/${id}`);
    const list = await screen.findByRole('list');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Have a drink', 'Listen to music', 'Hold a soft toy']);
  });

  it('plays a quiet sound made on the device, and stops it on the way back', async () => {
    const audio = installFakeAudio();
    const id = await conversationWithTwoSteps();
    await db.conversations.update(id, { isOnBreak: true });
    const { user } = renderAppAt(`/together/${id}`);

    await user.click(await screen.findByRole('button', { name: 'Play calm sound' }));
    expect(audio.contexts).toHaveLength(1);
    expect(audio.startedOscillators()).toBeGreaterThan(0);
    expect(audio.peakVolume()).toBeLessThanOrEqual(0.1);
    await user.click(screen.getByRole('button', { name: 'Stop sound' }));
    expect(audio.stoppedOscillators()).toBe(audio.startedOscillators());

    await user.click(screen.getByRole('button', { name: 'Play calm sound' }));
    await user.click(screen.getByRole('button', { name: 'Back to talking' }));
    await screen.findByRole('heading', { name: 'What happened?' });
    expect(audio.contexts).toHaveLength(2);
    expect(audio.stoppedOscillators()).toBe(audio.startedOscillators());
  });

  it('offers no sound on a device without Web Audio', async () => {
    vi.stubGlobal('AudioContext', undefined);
    Reflect.deleteProperty(window, 'AudioContext');
    const id = await conversationWithTwoSteps();
    await db.conversations.update(id, { isOnBreak: true });
    renderAppAt(`/together/${id}`);
    await screen.findByRole('heading', { name: 'Take a break' });
    expect(screen.queryByRole('button', { name: 'Play calm sound' })).not.toBeInTheDocument();
  });

  it('changes the breathing words every four seconds', async () => {
    const id = await conversationWithTwoSteps();
    await db.conversations.update(id, { isOnBreak: true });
    renderAppAt(`/together/${id}`);
    await screen.findByText('Breathe in');
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      // The guide mounted before the fake clock: re-mount it under the fake one.
      await act(async () => {
        await db.conversations.update(id, { isOnBreak: false });
      });
      await screen.findByRole('heading', { name: 'What happened?' });
      await act(async () => {
        await db.conversations.update(id, { isOnBreak: true });
      });
      await screen.findByText('Breathe in');
      act(() => vi.advanceTimersByTime(4000));
      expect(screen.getByText('Breathe out')).toBeInTheDocument();
      act(() => vi.advanceTimersByTime(4000));
      expect(screen.getByText('Breathe in')).toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });
});
