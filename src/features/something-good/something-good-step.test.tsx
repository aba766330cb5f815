import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withSmallCatalogue, startConversationAt } from '../../../tests/fixtures/builders';
import { renderAppAt } from '../../../tests/render-app';
import { db } from '../../storage/database';
import { addPerson } from '../../storage/people-repo';

async function somethingGoodFor(likes: { id: string; text: string }[] = []) {
  withSmallCatalogue();
  const personId = await addPerson('Sam');
  await db.people.update(personId, {
    likes: likes.map((like) => ({ ...like, image: { kind: 'symbol', symbol: '1F3B5' } })),
  });
  return startConversationAt(personId, 'something-good');
}

const positiveOf = async (id: string) => (await db.conversations.get(id))!.positive;
const pressed = (name: string) => screen.getByRole('button', { name }).getAttribute('aria-pressed');

beforeEach(() => {
  // Only Date: IndexedDB and user-event still need real timers. Wednesday 25 November 2026.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 25, 10, 0));
});

afterEach(() => {
  vi.useRealTimers();
});

describe('Something good together', () => {
  it('stores the chosen activity and tomorrow, and says it back in one sentence', async () => {
    const id = await somethingGoodFor();
    const { user } = renderAppAt(`/together/${id}`);

    await user.click(await screen.findByRole('button', { name: 'football' }));
    expect(await screen.findByRole('heading', { name: 'When?' })).toBeInTheDocument();
    const tomorrow = screen.getByRole('button', { name: 'Tomorrow' });
    await user.click(tomorrow);

    await waitFor(() => expect(tomorrow).toHaveAttribute('aria-pressed', 'true'));
    expect(pressed('football')).toBe('true');
    expect(pressed('Today')).toBe('false');
    expect(
      screen.getByText(/We chose football\. We will do it together on .*Thursday/),
    ).toBeVisible();
    expect(await positiveOf(id)).toEqual({
      activityId: 'starter-football',
      plannedFor: '2026-11-26',
      doneAt: null,
    });
  });

  it('asks "When?" only once an activity is chosen', async () => {
    const id = await somethingGoodFor();
    renderAppAt(`/together/${id}`);
    await screen.findByRole('button', { name: 'cooking' });
    expect(screen.queryByRole('heading', { name: 'When?' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tomorrow' })).not.toBeInTheDocument();
  });

  it("shows the person's likes first and one choice replaces the other", async () => {
    const id = await somethingGoodFor([{ id: 'like-swim', text: 'Swimming' }]);
    const { user } = renderAppAt(`/together/${id}`);

    const likes = await screen.findByRole('list', { name: 'Things you like' });
    expect(within(likes).getByRole('button', { name: 'Swimming' })).toBeInTheDocument();
    const ideas = screen.getByRole('list', { name: 'More ideas' });
    expect(
      within(ideas)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['football', 'cooking']);
    expect(likes.compareDocumentPosition(ideas) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    const cooking = screen.getByRole('button', { name: 'cooking' });
    const swimming = screen.getByRole('button', { name: 'Swimming' });
    await user.click(cooking);
    await waitFor(() => expect(cooking).toHaveAttribute('aria-pressed', 'true'));
    expect((await positiveOf(id))?.activityId).toBe('starter-cooking');
    await user.click(swimming);
    await waitFor(() => expect(swimming).toHaveAttribute('aria-pressed', 'true'));
    expect(cooking).toHaveAttribute('aria-pressed', 'false');
    expect((await positiveOf(id))?.activityId).toBe('like-swim');
  });

  it('plans for the weekend or for another day from the date field', async () => {
    const id = await somethingGoodFor();
    const { user } = renderAppAt(`/together/${id}`);

    await user.click(await screen.findByRole('button', { name: 'cooking' }));
    const weekend = await screen.findByRole('button', { name: 'At the weekend' });
    await user.click(weekend);
    await waitFor(() => expect(weekend).toHaveAttribute('aria-pressed', 'true'));
    expect((await positiveOf(id))?.plannedFor).toBe('2026-11-28');

    const anotherDay = screen.getByLabelText('Another day');
    fireEvent.change(anotherDay, { target: { value: '2026-12-03' } });
    // The date field shows the stored day, so it says the new day once it is stored.
    await waitFor(() => expect(anotherDay).toHaveValue('2026-12-03'));
    expect(weekend).toHaveAttribute('aria-pressed', 'false');
    expect((await positiveOf(id))?.plannedFor).toBe('2026-12-03');
  });
});
