import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setStaffPinForTest } from '../../../tests/fixtures/lock';
import { renderAppAt } from '../../../tests/render-app';
import { verifyPin } from '../../lib/pin-hash';
import { db } from '../../storage/database';
import { getStaffPin } from '../../storage/pin-repo';

async function openPinSettings() {
  const app = renderAppAt('/settings');
  const section = await screen.findByRole('region', { name: 'Staff PIN' });
  const field = (name: string) => within(section).getByLabelText(name);
  const save = within(section).getByRole('button', { name: 'Save PIN' });
  return { ...app, section, field, save };
}

describe('Settings → Staff PIN', () => {
  it('says no PIN is set, and offers digit fields that allow pasting', async () => {
    const { section, field, user } = await openPinSettings();
    expect(within(section).getByText(/No staff PIN yet/)).toBeVisible();
    for (const name of ['New PIN', 'Confirm PIN']) {
      expect(field(name)).toHaveAttribute('inputmode', 'numeric');
      expect(field(name)).toHaveAttribute('autocomplete', 'new-password');
    }
    field('New PIN').focus();
    await user.paste('24681357');
    expect(field('New PIN')).toHaveValue('24681357');
  });

  it('saves nothing when the PIN is too short or the two differ', async () => {
    const { section, field, save, user } = await openPinSettings();
    await user.type(field('New PIN'), '12');
    await user.type(field('Confirm PIN'), '12');
    await user.click(save);
    expect(await within(section).findByText(/needs 4 to 8 digits/)).toBeVisible();
    expect(field('New PIN')).toHaveFocus();

    await user.clear(field('New PIN'));
    await user.type(field('New PIN'), '2468');
    await user.clear(field('Confirm PIN'));
    await user.type(field('Confirm PIN'), '2469');
    await user.click(save);
    expect(await within(section).findByText(/are not the same/)).toBeVisible();
    expect(field('New PIN')).toHaveValue('');
    expect(await getStaffPin()).toBeNull();
  });

  it('stores a salted slow hash, never the PIN itself', async () => {
    const { section, field, save, user } = await openPinSettings();
    await user.type(field('New PIN'), '2468');
    await user.type(field('Confirm PIN'), '2468');
    await user.click(save);
    expect(await within(section).findByText('The PIN is saved.')).toBeVisible();
    expect(await within(section).findByText(/A staff PIN is set/)).toBeVisible();
    const stored = await getStaffPin();
    expect(stored).toMatchObject({ algorithm: 'PBKDF2-SHA-256', iterations: 600_000 });
    expect(await verifyPin('2468', stored!)).toBe(true);
    expect(JSON.stringify(await db.settings.toArray())).not.toContain('2468');
    expect(field('New PIN')).toHaveValue('');
  });

  it('changing a PIN asks for the current one first', async () => {
    await setStaffPinForTest('2468');
    const { section, field, save, user } = await openPinSettings();
    const before = await getStaffPin();
    await user.type(field('Current PIN'), '1111');
    await user.type(field('New PIN'), '97531');
    await user.type(field('Confirm PIN'), '97531');
    await user.click(save);
    expect(await within(section).findByText(/current PIN did not match/)).toBeVisible();
    expect(field('Current PIN')).toHaveFocus();
    expect(await getStaffPin()).toEqual(before);

    await user.type(field('Current PIN'), '2468');
    await user.click(save);
    expect(await within(section).findByText('The PIN is saved.')).toBeVisible();
    expect(await verifyPin('97531', (await getStaffPin())!)).toBe(true);
  });
});

describe('Settings → Staff PIN, once one is set', () => {
  it('counts tries of the current PIN with the Together prompt: five, then a wait', async () => {
    await setStaffPinForTest('2468');
    const { section, field, save, user } = await openPinSettings();
    for (let tries = 0; tries < 5; tries += 1) {
      await user.type(field('Current PIN'), '1111');
      await user.type(field('New PIN'), '1357');
      await user.type(field('Confirm PIN'), '1357');
      await user.click(save);
      // The message stays from the try before: wait for this try's answer, the emptied field.
      await waitFor(() => expect(field('Current PIN')).toHaveValue(''));
      await within(section).findByText('The current PIN did not match. Nothing has changed.');
      await user.clear(field('New PIN'));
      await user.clear(field('Confirm PIN'));
    }
    // Even the right PIN waits now, as it would at the Together prompt.
    await user.type(field('Current PIN'), '2468');
    await user.type(field('New PIN'), '1357');
    await user.type(field('Confirm PIN'), '1357');
    await user.click(save);
    expect(
      await within(section).findByText('Please wait a little before trying the current PIN again.'),
    ).toBeVisible();
    expect(within(section).getByText(/^You can try again in \d+ seconds\.$/)).toBeVisible();
    expect(await verifyPin('2468', (await getStaffPin())!)).toBe(true);
  });

  it('removes the PIN only with the current one, and Together goes back to the hold', async () => {
    await setStaffPinForTest('2468');
    const { section, field, user } = await openPinSettings();
    const remove = within(section).getByRole('button', { name: 'Remove PIN' });
    await user.type(field('Current PIN'), '1111');
    await user.click(remove);
    expect(
      await within(section).findByText('The current PIN did not match. Nothing has changed.'),
    ).toBeVisible();
    expect(await getStaffPin()).not.toBeNull();

    await user.type(field('Current PIN'), '2468');
    await user.click(remove);
    expect(await within(section).findByText(/The PIN is removed\./)).toBeVisible();
    expect(await getStaffPin()).toBeNull();
    expect(await db.settings.get('staffPinAttempts')).toBeUndefined();
    expect(await within(section).findByText(/No staff PIN yet/)).toBeVisible();
  });
});
