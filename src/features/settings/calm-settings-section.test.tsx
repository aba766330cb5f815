import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { startConversationAt, withSmallCatalogue } from '../../../tests/fixtures/builders';
import { renderAppAt } from '../../../tests/render-app';
import { db } from '../../storage/database';
import { addPerson } from '../../storage/people-repo';
import {
  readCalmMotion,
  readTakeUpSeconds,
  setWelcomeReassurance,
} from '../../storage/preferences-repo';

/** The checkbox, once the stored setting has loaded (it is disabled until then). */
async function findCalmMotion() {
  const checkbox = await screen.findByRole('checkbox', { name: 'Calm motion' });
  await waitFor(() => expect(checkbox).toBeEnabled());
  return checkbox;
}

describe('Settings: calm and pace', () => {
  it('turns Calm motion on and sets the take-up time', async () => {
    const { user } = renderAppAt('/settings');
    const calm = await findCalmMotion();
    const takeUp = screen.getByRole('combobox', { name: 'Take-up time' });
    expect(calm).not.toBeChecked();
    expect(takeUp).toHaveDisplayValue('15 seconds');

    await user.click(calm);
    await user.selectOptions(takeUp, '25 seconds');

    expect(
      await screen.findByRole('checkbox', { name: 'Calm motion', checked: true }),
    ).toBeVisible();
    expect(await screen.findByDisplayValue('25 seconds')).toBe(takeUp);
    expect(await readCalmMotion()).toBe(true);
    expect(await readTakeUpSeconds()).toBe(25);
  });

  it('keeps the breathing shape still when Calm motion is on', async () => {
    withSmallCatalogue();
    const id = await startConversationAt(await addPerson('Sam'), 'welcome');
    await db.conversations.update(id, { isOnBreak: true });
    const { user } = renderAppAt('/settings');
    await user.click(await findCalmMotion());
    await screen.findByRole('checkbox', { name: 'Calm motion', checked: true });
    window.history.pushState({}, '', `/together/${id}`);
    window.dispatchEvent(new PopStateEvent('popstate'));

    await screen.findByRole('heading', { name: 'Take a break' });
    const shape = screen.getByTestId('breathing-shape');
    expect(shape.style.transform).toBe('');
  });

  it('lets the breathing shape move when Calm motion is off', async () => {
    withSmallCatalogue();
    const id = await startConversationAt(await addPerson('Sam'), 'welcome');
    await db.conversations.update(id, { isOnBreak: true });
    renderAppAt(`/together/${id}`);
    await screen.findByRole('heading', { name: 'Take a break' });
    expect(screen.getByTestId('breathing-shape').style.transform).toMatch(/scale/);
  });

  it('lets a service word the first reassurance on Welcome its own way, and go back', async () => {
    withSmallCatalogue();
    const id = await startConversationAt(await addPerson('Sam'), 'welcome');
    const { user } = renderAppAt('/settings');
    const words = await screen.findByRole('textbox', { name: 'First words on Welcome' });
    await user.type(words, 'We are here to listen.');
    await user.tab();
    window.history.pushState({}, '', `/together/${id}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(await screen.findByText('We are here to listen.')).toBeVisible();
    expect(screen.queryByText('You are not in trouble.')).not.toBeInTheDocument();

    await setWelcomeReassurance('  ');
    expect(await screen.findByText('You are not in trouble.')).toBeVisible();
  });
});
