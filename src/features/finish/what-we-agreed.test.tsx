import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startConversationAt, withPlanCatalogue } from '../../../tests/fixtures/builders';
import { renderAppAt } from '../../../tests/render-app';
import { applyStoryChange } from '../../storage/conversations-repo';
import { db } from '../../storage/database';
import { addPerson } from '../../storage/people-repo';
import {
  chooseNeed,
  chooseRepair,
  chooseRepairNotNow,
  markStartStep,
  tieStrategyToFeeling,
} from '../../storage/together-plan-repo';
import { chooseStrategy } from '../../storage/together-repo';

/** Speech is a true edge of the device (jsdom has none): a small fake records what is said. */
function installSpeech() {
  const spoken: string[] = [];
  vi.stubGlobal('speechSynthesis', {
    speaking: false,
    pending: false,
    getVoices: () => [{ lang: 'en-GB', name: 'en-GB', localService: true }],
    speak: (u: { text: string; onend: (() => void) | null }) => {
      spoken.push(u.text);
      u.onend?.();
    },
    cancel: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
  });
  vi.stubGlobal(
    'SpeechSynthesisUtterance',
    class {
      lang = '';
      voice = null;
      rate = 1;
      onend = null;
      onerror = null;
      constructor(readonly text: string) {}
    },
  );
  return spoken;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

async function finishWith() {
  withPlanCatalogue();
  const id = await startConversationAt(await addPerson('Sam'), 'finish');
  await applyStoryChange(id, { type: 'add-frame', frameId: 'second' });
  await markStartStep(id, 'second');
  await chooseNeed(id, 'need-quiet');
  await chooseRepair(id, 'repair-make-card');
  await chooseStrategy(id, 'strategy-ask-break');
  await tieStrategyToFeeling(id, 'strategy-ask-break', 'feeling-angry');
  return id;
}

describe('Finish: what we agreed', () => {
  it('shows the start step, the needs, the repairs and "When I feel …" with pictures, and reads them', async () => {
    const id = await finishWith();
    const spoken = installSpeech();
    const { user } = renderAppAt(`/together/${id}`);

    const story = await screen.findByRole('list', { name: 'The whole story' });
    const two = within(story).getByRole('listitem', { name: 'Step 2' });
    expect(within(two).getByText('It started here')).toBeVisible();
    expect(within(story).getByRole('listitem', { name: 'Step 1' })).not.toHaveTextContent(
      'It started here',
    );

    const repair = screen.getByRole('region', { name: 'Making things right' });
    const pictures = within(repair).getByRole('list', { name: 'Making things right' });
    expect(within(pictures).getByText('make a card')).toBeVisible();
    expect(pictures.querySelector('img')).not.toBeNull();
    expect(within(repair).getByText('To make things right, I can: make a card.')).toBeVisible();

    const needs = screen.getByRole('region', { name: 'What I needed' });
    expect(within(needs).getByText('I needed: quiet.')).toBeVisible();
    const tie = screen.getByText('When I feel angry, I can ask for a break.').closest('li');
    expect(tie?.querySelectorAll('img')).toHaveLength(2);

    await user.click(await screen.findByRole('button', { name: 'Read the story aloud' }));
    expect(spoken).toEqual(
      expect.arrayContaining([
        'It started in step 2.',
        'I needed: quiet.',
        'To make things right, I can: make a card.',
        'When I feel angry, I can ask for a break.',
      ]),
    );
  });

  it('says "not now" calmly when no repair was chosen', async () => {
    withPlanCatalogue();
    const id = await startConversationAt(await addPerson('Sam'), 'finish');
    await chooseRepairNotNow(id, true);
    renderAppAt(`/together/${id}`);
    const repair = await screen.findByRole('region', { name: 'Making things right' });
    expect(within(repair).getByText('Making things right: not now. That is OK.')).toBeVisible();
    expect((await db.conversations.get(id))?.isRepairNotNow).toBe(true);
  });
});
