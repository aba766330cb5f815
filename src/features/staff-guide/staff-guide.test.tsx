import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withSmallCatalogue, startConversationAt } from '../../../tests/fixtures/builders';
import { renderAppAt } from '../../../tests/render-app';
import { db } from '../../storage/database';
import { addPerson } from '../../storage/people-repo';
import { setTakeUpSeconds } from '../../storage/preferences-repo';

async function openTogether() {
  withSmallCatalogue();
  const id = await startConversationAt(await addPerson('Sam'));
  const app = renderAppAt(`/together/${id}`);
  await screen.findByRole('heading', { name: 'What happened?' });
  // The toggle sits in the top bar; the panel exists only while open.
  const panel = () => screen.getByRole('complementary', { name: 'Staff guide' });
  const toggle = screen.getByRole('button', { name: 'Staff guide' });
  return { ...app, id, panel, toggle };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the staff guide', () => {
  it('opens and closes beside the step, with prompts, reassurance and reminders', async () => {
    const { user, panel, toggle } = await openTogether();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('complementary', { name: 'Staff guide' })).not.toBeInTheDocument();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const ask = within(panel()).getByRole('region', { name: 'Ask gently' });
    expect(within(ask).getAllByRole('listitem')[0]).toHaveTextContent(
      'Can you show me what happened?',
    );
    expect(within(ask).getByText('What were you thinking at the time?')).toBeVisible();
    expect(within(panel()).getByText('You are not in trouble.')).toBeVisible();
    expect(within(panel()).getByText("Don't finish their sentences.")).toBeVisible();
    // The storyboard is still there and usable beside it.
    expect(screen.getByRole('list', { name: 'Story' })).toBeVisible();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('You are not in trouble.')).not.toBeInTheDocument();
  });

  it('waits the configured take-up time, then stops by itself without moving on', async () => {
    await setTakeUpSeconds(20);
    const { user, panel, toggle, id } = await openTogether();
    const before = await db.conversations.get(id);
    await user.click(toggle);
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });

    await user.click(within(panel()).getByRole('button', { name: 'Give take-up time' }));
    expect(within(panel()).getByText('20 seconds left')).toBeVisible();
    act(() => vi.advanceTimersByTime(5000));
    expect(within(panel()).getByText('15 seconds left')).toBeVisible();
    expect(within(panel()).getByRole('progressbar', { name: 'Take-up time left' })).toHaveAttribute(
      'aria-valuenow',
      '15',
    );

    act(() => vi.advanceTimersByTime(15_000));
    expect(within(panel()).queryByRole('progressbar')).not.toBeInTheDocument();
    expect(within(panel()).getByText(/Take-up time is over/)).toBeVisible();
    expect(within(panel()).getByRole('button', { name: 'Give take-up time' })).toBeVisible();
    // Nothing advanced: same step, same story, no write at all.
    expect(screen.getByRole('heading', { name: 'What happened?', level: 1 })).toBeVisible();
    expect((await db.conversations.get(id))?.revision).toBe(before!.revision);
  });

  it('stops waiting when asked, and keeps focus on the same button', async () => {
    const { user, panel, toggle } = await openTogether();
    await user.click(toggle);
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const button = within(panel()).getByRole('button', { name: 'Give take-up time' });
    await user.click(button);
    expect(within(panel()).getByText('15 seconds left')).toBeVisible();
    act(() => vi.advanceTimersByTime(3000));

    await user.click(within(panel()).getByRole('button', { name: 'Stop waiting' }));
    expect(within(panel()).queryByRole('progressbar')).not.toBeInTheDocument();
    expect(within(panel()).queryByText(/Take-up time is over/)).not.toBeInTheDocument();
    expect(button).toHaveAccessibleName('Give take-up time');
    expect(button).toHaveFocus();
  });
});
