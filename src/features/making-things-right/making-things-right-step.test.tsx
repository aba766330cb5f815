import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startConversationAt, withPlanCatalogue } from '../../../tests/fixtures/builders';
import { renderAppAt } from '../../../tests/render-app';
import repairWords from '../../i18n/locales/en/repair.json';
import { db } from '../../storage/database';
import { addPerson } from '../../storage/people-repo';

async function open(id: string) {
  const app = renderAppAt(`/together/${id}`);
  await screen.findByRole('heading', { name: 'Making things right', level: 1 });
  return app;
}

async function repairStep() {
  withPlanCatalogue();
  return startConversationAt(await addPerson('Sam'), 'making-things-right');
}

const stored = async (id: string) => (await db.conversations.get(id))!;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Making things right', () => {
  it('stores the repairs chosen, in order, and shows them again', async () => {
    const id = await repairStep();
    const { user, unmount } = await open(id);
    const cards = screen.getByRole('list', { name: 'What would you like to do?' });
    expect(
      within(cards)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['say sorry my way', 'make a card', 'help fix or tidy']);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Tap a picture, or “Not now”.');

    await user.click(within(cards).getByRole('button', { name: 'make a card' }));
    await user.click(within(cards).getByRole('button', { name: 'say sorry my way' }));
    await waitFor(() =>
      expect(status).toHaveTextContent('You chose: make a card, say sorry my way.'),
    );
    expect((await stored(id)).repairs).toEqual(['repair-make-card', 'repair-say-sorry']);

    unmount();
    await open(id);
    expect(screen.getByRole('button', { name: 'make a card' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('button', { name: 'help fix or tidy' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('takes "Not now" calmly, as an answer, and lets a repair take it back', async () => {
    const id = await repairStep();
    const { user } = await open(id);
    await user.click(screen.getByRole('button', { name: 'make a card' }));
    const notNow = screen.getByRole('button', { name: 'Not now' });
    await user.click(notNow);
    await waitFor(() => expect(notNow).toHaveAttribute('aria-pressed', 'true'));
    expect(screen.getByRole('status')).toHaveTextContent('Not now. That is OK.');
    expect(screen.getByRole('button', { name: 'make a card' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(await stored(id)).toMatchObject({ repairs: [], isRepairNotNow: true });

    await user.click(screen.getByRole('button', { name: 'help fix or tidy' }));
    await waitFor(() => expect(notNow).toHaveAttribute('aria-pressed', 'false'));
    expect(await stored(id)).toMatchObject({
      repairs: ['repair-help-fix'],
      isRepairNotNow: false,
    });
  });

  it('says a picture’s word when the person uses speech', async () => {
    const spoken: string[] = [];
    vi.stubGlobal('speechSynthesis', {
      speaking: false,
      pending: false,
      getVoices: () => [{ lang: 'en', name: 'en', localService: true }],
      speak: (u: { text: string }) => spoken.push(u.text),
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
    const id = await repairStep();
    const { user } = await open(id);
    await user.click(screen.getByRole('button', { name: 'make a card' }));
    await waitFor(() => expect(spoken).toContain('make a card'));
  });

  it('uses calm words, never judgemental ones', () => {
    expect(JSON.stringify(repairWords)).not.toMatch(
      /\b(bad|naughty|wrong|fault|blame|punish\w*)\b/i,
    );
  });
});
