import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { withSmallCatalogue, startConversationAt } from '../../../tests/fixtures/builders';
import { renderAppAt } from '../../../tests/render-app';
import { EMPTY_PREPARATION } from '../../domain/types';
import welcomeWords from '../../i18n/locales/en/welcome.json';
import { db } from '../../storage/database';
import { addPerson } from '../../storage/people-repo';

async function welcomeFor(name: string, thirdPerson = '') {
  withSmallCatalogue();
  const personId = await addPerson(name);
  const id = await startConversationAt(personId, 'welcome');
  await db.conversations.update(id, { preparation: { ...EMPTY_PREPARATION, thirdPerson } });
  return id;
}

const stored = async (id: string) => (await db.conversations.get(id))!.welcome;
const pressed = (name: string) => screen.getByRole('button', { name }).getAttribute('aria-pressed');

function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

const JUDGEMENTAL = /\b(bad|naughty|wrong|fault|punish\w*)\b/i;

describe('Welcome', () => {
  it('greets the individual with calm words and no judgement', async () => {
    const id = await welcomeFor('Sam');
    renderAppAt(`/together/${id}`);

    expect(await screen.findByRole('heading', { name: 'Hello, Sam.' })).toBeInTheDocument();
    expect(screen.getByText('You are not in trouble.')).toBeInTheDocument();
    expect(screen.getByText('You can stop or take a break any time.')).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(JUDGEMENTAL);
    expect(allStrings(welcomeWords).filter((s) => JUDGEMENTAL.test(s))).toEqual([]);
  });

  it('stores the choices and shows them chosen after a reload', async () => {
    const id = await welcomeFor('Sam', 'Alex');
    const { user, unmount } = renderAppAt(`/together/${id}`);

    const chosen = [
      await screen.findByRole('button', { name: 'Drawing' }),
      screen.getByRole('button', { name: 'A story' }),
      screen.getByRole('button', { name: 'Yes, Alex joins' }),
      screen.getByRole('button', { name: "No, let's start" }),
    ];
    for (const button of chosen) await user.click(button);

    // Each tap re-renders the screen from the database; found once, the buttons are cheap to check.
    await waitFor(() => {
      for (const button of chosen) expect(button).toHaveAttribute('aria-pressed', 'true');
    });
    expect(await stored(id)).toEqual({
      ways: ['drawing', 'story'],
      isThirdPersonJoining: true,
      isCalmFirst: false,
    });

    unmount();
    renderAppAt(`/together/${id}`);
    await screen.findByRole('heading', { name: 'Hello, Sam.' });
    await waitFor(() => expect(pressed('Drawing')).toBe('true'));
    expect(pressed('A story')).toBe('true');
    expect(pressed('Pictures')).toBe('false');
    expect(pressed('Yes, Alex joins')).toBe('true');
    expect(pressed('No, just us')).toBe('false');
    expect(pressed("No, let's start")).toBe('true');
    expect(pressed('Yes, something calm first')).toBe('false');
  });

  it('lets a second tap take a way back and a new answer replace the old one', async () => {
    const id = await welcomeFor('Sam');
    const { user } = renderAppAt(`/together/${id}`);

    const puppets = await screen.findByRole('button', { name: 'Puppets' });
    const joins = screen.getByRole('button', { name: 'Yes, someone joins' });
    const justUs = screen.getByRole('button', { name: 'No, just us' });
    await user.click(puppets);
    await waitFor(() => expect(puppets).toHaveAttribute('aria-pressed', 'true'));
    expect((await stored(id)).ways).toEqual(['puppets']);
    await user.click(puppets);
    await user.click(joins);
    await user.click(justUs);

    await waitFor(() => {
      expect(justUs).toHaveAttribute('aria-pressed', 'true');
      expect(puppets).toHaveAttribute('aria-pressed', 'false');
      expect(joins).toHaveAttribute('aria-pressed', 'false');
    });
    expect(await stored(id)).toMatchObject({ ways: [], isThirdPersonJoining: false });
  });

  it('opens the calm Break at once when the individual wants something calm first', async () => {
    const id = await welcomeFor('Sam');
    const { user } = renderAppAt(`/together/${id}`);

    await user.click(await screen.findByRole('button', { name: 'Yes, something calm first' }));

    expect(await screen.findByRole('heading', { name: 'Take a break' })).toBeInTheDocument();
    // The Break shows at once, before the write lands: only the record says it was stored.
    await waitFor(async () => {
      const conversation = (await db.conversations.get(id))!;
      expect(conversation).toMatchObject({ isOnBreak: true, step: 'welcome' });
      expect(conversation.welcome.isCalmFirst).toBe(true);
    });

    await user.click(screen.getByRole('button', { name: 'Back to talking' }));
    expect(await screen.findByRole('heading', { name: 'Hello, Sam.' })).toBeInTheDocument();
    expect(pressed('Yes, something calm first')).toBe('true');
  });
});
