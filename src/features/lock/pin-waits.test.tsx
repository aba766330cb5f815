import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openTogetherFor, setStaffPinForTest } from '../../../tests/fixtures/lock';
import { renderAppAt } from '../../../tests/render-app';
import { PIN_LONGEST_WAIT_MS, toPinAttempts } from '../../domain/pin-tries';
import { db } from '../../storage/database';
import { STAFF_PIN_ATTEMPTS_KEY } from '../../storage/pin-repo';

/** Only the interval and the clock are faked (running on their own, and able to jump ahead). */
function fakeClock() {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'], shouldAdvanceTime: true });
}
async function advance(ms: number) {
  act(() => vi.advanceTimersByTime(ms));
  await act(async () => {
    await Promise.resolve();
  });
}

async function openPrompt() {
  await setStaffPinForTest('2468');
  const { conversationId } = await openTogetherFor('Sam');
  const app = renderAppAt(`/together/${conversationId}`);
  await screen.findByRole('heading', { name: 'What happened?', level: 1 });
  // "Staff" waits until it knows whether a PIN is set (and is then a new button).
  const staff = () => screen.getByRole('button', { name: 'Staff' });
  await waitFor(() => expect(staff()).not.toHaveAttribute('aria-disabled'));
  await app.user.click(staff());
  const dialog = await screen.findByRole('dialog', { name: 'Staff PIN' });
  const field = within(dialog).getByLabelText('PIN');
  const unlock = within(dialog).getByRole('button', { name: 'Unlock' });
  // "Unlock" waits until the stored count of tries is read.
  await waitFor(() => expect(unlock).toBeEnabled());
  const typeWrongPins = async (count: number) => {
    for (let i = 0; i < count; i += 1) {
      await app.user.type(field, '1111{Enter}');
      await waitFor(() => expect(field).toHaveValue(''));
      await waitFor(() => expect(within(dialog).queryByText('Checking…')).not.toBeInTheDocument());
    }
  };
  return { ...app, dialog, field, unlock, typeWrongPins };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('waits at the staff PIN prompt', () => {
  it('grow after each round of five: 30 seconds, then about a minute', async () => {
    fakeClock();
    const { dialog, unlock, typeWrongPins } = await openPrompt();
    await typeWrongPins(5);
    expect(await within(dialog).findByText('You can try again in 30 seconds.')).toBeVisible();
    expect(unlock).toBeDisabled();

    await advance(31_000);
    await waitFor(() => expect(unlock).toBeEnabled());
    await typeWrongPins(5);
    expect(await within(dialog).findByText('You can try again in about 1 minute.')).toBeVisible();
    expect(within(dialog).getByText('Please wait a little before trying again.')).toBeVisible();
    expect(unlock).toBeDisabled();
    await advance(31_000);
    expect(within(dialog).getByText(/^You can try again in \d+ seconds\.$/)).toBeVisible();
    expect(unlock).toBeDisabled();
  });

  it('a wait begun in another tab shows here at once', async () => {
    const { dialog, unlock } = await openPrompt();
    // Another tab's fifth try: the count is shared through the database.
    await db.settings.put({
      key: STAFF_PIN_ATTEMPTS_KEY,
      value: { failures: 0, rounds: 3, waitUntil: Date.now() + 120_000 },
    });
    expect(await within(dialog).findByText('You can try again in about 2 minutes.')).toBeVisible();
    expect(unlock).toBeDisabled();
  });

  it('a stored wait far in the future is at most an hour, and counts down', async () => {
    fakeClock();
    const { dialog, unlock } = await openPrompt();
    await db.settings.put({
      key: STAFF_PIN_ATTEMPTS_KEY,
      value: { failures: 0, rounds: 40, waitUntil: 8_998_203_614_937_000 },
    });
    expect(await within(dialog).findByText('You can try again in about 60 minutes.')).toBeVisible();
    expect(unlock).toBeDisabled();
    // The prompt starts the overlong wait again from now, in the database, before it counts down.
    await waitFor(async () => {
      const { waitUntil } = toPinAttempts((await db.settings.get(STAFF_PIN_ATTEMPTS_KEY))?.value);
      expect(waitUntil).toBeLessThanOrEqual(Date.now() + PIN_LONGEST_WAIT_MS);
    });
    await advance(30 * 60_000);
    expect(await within(dialog).findByText('You can try again in about 30 minutes.')).toBeVisible();
    await advance(30 * 60_000 + 1000);
    await waitFor(() => expect(unlock).toBeEnabled());
  });
});
