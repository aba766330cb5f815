import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openTogetherFor, setStaffPinForTest } from '../../../tests/fixtures/lock';
import { renderAppAt } from '../../../tests/render-app';
import { db } from '../../storage/database';
import { ACTIVE_TOGETHER_KEY } from '../../storage/session-repo';

async function openTogether() {
  const ids = await openTogetherFor('Sam');
  const app = renderAppAt(`/together/${ids.conversationId}`);
  await screen.findByRole('heading', { name: 'What happened?', level: 1 });
  // "Staff" waits until it knows the stored PIN.
  await waitFor(() => expect(staffButton()).not.toHaveAttribute('aria-disabled'));
  return { ...app, ...ids };
}

const staffButton = () => screen.getByRole('button', { name: 'Staff' });
const isStillTogether = async () => (await db.settings.get(ACTIVE_TOGETHER_KEY)) !== undefined;

/** Only the interval and the clock are faked: Dexie and fake-indexeddb keep their real timers. */
function fakeClock(shouldAdvanceTime = false) {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'], shouldAdvanceTime });
}
function advance(ms: number) {
  act(() => vi.advanceTimersByTime(ms));
}

afterEach(() => {
  vi.useRealTimers();
});

describe('leaving Together with a staff PIN', () => {
  async function openPrompt() {
    await setStaffPinForTest('2468');
    const app = await openTogether();
    await app.user.click(staffButton());
    const dialog = await screen.findByRole('dialog', { name: 'Staff PIN' });
    const field = within(dialog).getByLabelText('PIN');
    const unlock = within(dialog).getByRole('button', { name: 'Unlock' });
    // "Unlock" waits until the stored count of tries is read.
    await waitFor(() => expect(unlock).toBeEnabled());
    return { ...app, dialog, field, unlock };
  }

  it('opens a modal prompt with the focus in the PIN field, kept inside, and Escape closes', async () => {
    const { user, dialog, field } = await openPrompt();
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(field).toHaveFocus();
    expect(field).toHaveAttribute('inputmode', 'numeric');
    expect(screen.getByRole('main', { hidden: true }).closest('[inert]')).not.toBeNull();
    await user.tab();
    expect(within(dialog).getByRole('textbox', { name: 'Your name' })).toHaveFocus();
    await user.tab();
    await user.tab();
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.tab();
    expect(field).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(staffButton()).toHaveFocus();
    expect(await isStillTogether()).toBe(true);
  });

  it('a PIN that does not match gets a calm message, an empty field, and Together stays', async () => {
    const { user, dialog, field } = await openPrompt();
    await user.type(field, '1111{Enter}');
    expect(
      await within(dialog).findByText('That PIN did not match. Please try again.'),
    ).toBeVisible();
    expect(field).toHaveValue('');
    expect(field).toHaveFocus();
    expect(await isStillTogether()).toBe(true);
    expect(document.body.textContent).not.toMatch(/wrong|bad|fault/i);
  });

  it('keeps the name given at unlocking for the activity log', async () => {
    const { user, dialog, field, unlock } = await openPrompt();
    await user.type(within(dialog).getByRole('textbox', { name: 'Your name' }), 'Kim');
    await user.type(field, '2468');
    await user.click(unlock);
    await screen.findByRole('heading', { name: 'Sam', level: 1 });
    expect((await db.settings.get('staffName'))?.value).toBe('Kim');

    await user.click(screen.getByRole('link', { name: 'Settings' }));
    const log = await screen.findByRole('region', { name: 'Activity log' });
    expect(await within(log).findByRole('textbox', { name: 'Your name' })).toHaveValue('Kim');
    // Sam and the conversation were made before anyone gave a name.
    // The log's lines arrive after its name field: wait for them, as a person would.
    expect(await within(log).findByText(/Someone \(no name given\) added Sam\./)).toBeVisible();
    expect(within(log).getByText(/started a conversation with Sam\./)).toBeVisible();
  });

  it('the staff PIN unlocks and goes to the person’s page', async () => {
    const { user, field, unlock } = await openPrompt();
    await user.type(field, '2468');
    await user.click(unlock);
    expect(await screen.findByRole('heading', { name: 'Sam', level: 1 })).toBeInTheDocument();
    expect(await isStillTogether()).toBe(false);
  });

  it('after five tries that do not match, asks for a 30-second wait, kept after a reload', async () => {
    // The clock runs on its own (so waiting for the screen works) and can also jump ahead.
    fakeClock(true);
    const { user, dialog, field, unlock, unmount, conversationId } = await openPrompt();
    for (let i = 0; i < 5; i += 1) {
      await user.type(field, '1111{Enter}');
      await waitFor(() => expect(field).toHaveValue(''));
    }
    expect(await within(dialog).findByText('You can try again in 30 seconds.')).toBeVisible();
    expect(unlock).toBeDisabled();

    unmount();
    const again = renderAppAt(`/together/${conversationId}`);
    await waitFor(() => expect(staffButton()).not.toHaveAttribute('aria-disabled'));
    await again.user.click(staffButton());
    const prompt = await screen.findByRole('dialog', { name: 'Staff PIN' });
    expect(within(prompt).getByText(/^You can try again in \d+ seconds\.$/)).toBeVisible();
    expect(within(prompt).getByRole('button', { name: 'Unlock' })).toBeDisabled();

    // Second by second, letting the screen catch up each time: under load the ticker may start
    // only after the clock has begun to move.
    for (let second = 0; second < 45 && within(prompt).queryByText(/try again in/); second += 1) {
      advance(1000);
      await act(async () => {
        await Promise.resolve();
      });
    }
    expect(within(prompt).queryByText(/try again in/)).not.toBeInTheDocument();
    const open = within(prompt).getByRole('button', { name: 'Unlock' });
    expect(open).toBeEnabled();
    await again.user.type(within(prompt).getByLabelText('PIN'), '2468');
    await again.user.click(open);
    expect(await screen.findByRole('heading', { name: 'Sam', level: 1 })).toBeInTheDocument();
  });
});
