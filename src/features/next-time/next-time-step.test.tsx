import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { withSmallCatalogue, startConversationAt } from '../../../tests/fixtures/builders';
import { renderAppAt } from '../../../tests/render-app';
import nextTimeWords from '../../i18n/locales/en/next-time.json';
import { db } from '../../storage/database';
import { addPerson, updateProfile } from '../../storage/people-repo';

/** A conversation on "What can help next time?" for someone whom music calms. */
async function nextTimeStep() {
  withSmallCatalogue();
  const personId = await addPerson('Sam');
  const person = (await db.people.get(personId))!;
  await updateProfile(personId, {
    ...person,
    calming: [{ id: 'calm-music', text: 'music', image: { kind: 'symbol', symbol: '1F3B5' } }],
  });
  return startConversationAt(personId, 'what-can-help');
}

async function open(id: string) {
  const app = renderAppAt(`/together/${id}`);
  await screen.findByRole('heading', { name: 'What can help next time?', level: 1 });
  return app;
}

const stored = async (id: string) => (await db.conversations.get(id))!;
const button = (name: string) => screen.getByRole('button', { name });

describe('What can help next time?', () => {
  it('stores the strategies and calming cards chosen, and shows them again', async () => {
    const id = await nextTimeStep();
    const { user, unmount } = await open(id);

    const strategies = screen.getByRole('list', { name: 'What could help you next time?' });
    expect(
      within(strategies)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['ask for a break', 'ear defenders']);
    const calming = await screen.findByRole('list', { name: 'Things that calm you' });
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Tap the pictures that could help you.');

    await user.click(within(strategies).getByRole('button', { name: 'ask for a break' }));
    await user.click(within(calming).getByRole('button', { name: 'music' }));
    await waitFor(() => expect(status).toHaveTextContent('You chose: ask for a break, music.'));
    expect((await stored(id)).strategies).toEqual(['strategy-ask-break', 'calm-music']);

    unmount();
    await open(id);
    expect(button('ask for a break')).toHaveAttribute('aria-pressed', 'true');
    // The person's own cards come with their profile, which may load just after the step.
    expect(await screen.findByRole('button', { name: 'music' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(button('ear defenders')).toHaveAttribute('aria-pressed', 'false');
  });

  it('unchooses a strategy when tapped again', async () => {
    const id = await nextTimeStep();
    const { user } = await open(id);
    const earDefenders = button('ear defenders');
    await user.click(earDefenders);
    await waitFor(() => expect(earDefenders).toHaveAttribute('aria-pressed', 'true'));
    expect((await stored(id)).strategies).toEqual(['strategy-ear-defenders']);
    await user.click(earDefenders);
    await waitFor(() => expect(earDefenders).toHaveAttribute('aria-pressed', 'false'));
    expect((await stored(id)).strategies).toEqual([]);
  });

  it('stores what staff will do differently, and their note', async () => {
    const id = await nextTimeStep();
    const { user, unmount } = await open(id);
    const questions = screen.getByRole('navigation', { name: 'Questions' });
    await user.click(within(questions).getByRole('button', { name: 'What we will do' }));
    const panel = await screen.findByRole('region', { name: 'What we will do differently' });
    const listenFirst = within(panel).getByRole('button', { name: 'Listen first' });
    const moreWarning = within(panel).getByRole('button', {
      name: 'Give more warning before changes',
    });

    await user.click(listenFirst);
    await user.click(moreWarning);
    await user.type(
      within(panel).getByRole('textbox', { name: 'Anything else we will do' }),
      'Keep the TV off',
    );

    await waitFor(() => {
      expect(listenFirst).toHaveAttribute('aria-pressed', 'true');
      expect(moreWarning).toHaveAttribute('aria-pressed', 'true');
    });
    expect((await stored(id)).commitments).toEqual(['warnBeforeChanges', 'listenFirst']);
    // The note field shows what was typed at once; only the record says it was saved.
    await waitFor(async () => expect((await stored(id)).commitmentNote).toBe('Keep the TV off'));

    unmount();
    // A reload comes back to the question that was open.
    await open(id);
    const again = screen.getByRole('region', { name: 'What we will do differently' });
    expect(within(again).getByRole('button', { name: 'Listen first' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(within(again).getByRole('button', { name: 'Use fewer words' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(within(again).getByRole('textbox', { name: 'Anything else we will do' })).toHaveValue(
      'Keep the TV off',
    );
  });

  it('uses calm words, never judgemental ones', () => {
    const words = JSON.stringify(nextTimeWords);
    expect(words).not.toMatch(/\b(bad|naughty|wrong|fault|blame|punish\w*)\b/i);
  });
});
