import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { withSmallCatalogue } from '../../../tests/fixtures/builders';
import { unlocksWith } from '../../../tests/fixtures/staff-pin';
import { renderAppAt } from '../../../tests/render-app';
import { db } from '../../storage/database';
import { addPerson } from '../../storage/people-repo';
import { ACTIVE_TOGETHER_KEY } from '../../storage/session-repo';
import { readStaffName } from '../../storage/audit-repo';

async function startTogetherFromList(name: string) {
  withSmallCatalogue();
  await addPerson(name);
  const app = renderAppAt('/');
  const row = await screen.findByRole('listitem', { name });
  await app.user.click(within(row).getByRole('button', { name: 'Start together' }));
  await screen.findByRole('heading', { name: 'Set a staff PIN first', level: 1 });
  return app;
}

describe('Together never opens without a staff PIN', () => {
  it('asks staff to set one first, shows nothing of Together until it is saved, then opens Welcome', async () => {
    const { user } = await startTogetherFromList('Jo');
    expect(
      await screen.findByText(
        'Together with Jo stays open until a staff member types this PIN. Only staff can leave it.',
      ),
    ).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Welcome' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Staff' })).not.toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Priya');
    await user.type(screen.getByLabelText('New PIN'), '12');
    await user.type(screen.getByLabelText('Confirm PIN'), '12');
    await user.click(screen.getByRole('button', { name: 'Save PIN and start' }));
    expect(
      await screen.findByText('The PIN needs 4 to 8 digits, numbers only.'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('New PIN')).toHaveFocus();

    await user.clear(screen.getByLabelText('New PIN'));
    await user.clear(screen.getByLabelText('Confirm PIN'));
    await user.type(screen.getByLabelText('New PIN'), '4826');
    await user.type(screen.getByLabelText('Confirm PIN'), '4862');
    await user.click(screen.getByRole('button', { name: 'Save PIN and start' }));
    expect(
      await screen.findByText('The two PINs are not the same. Please type them again.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Welcome' })).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('New PIN'), '4826');
    await user.type(screen.getByLabelText('Confirm PIN'), '4826');
    await user.click(screen.getByRole('button', { name: 'Save PIN and start' }));
    expect(await screen.findByRole('heading', { name: 'Welcome', level: 1 })).toBeVisible();
    expect(await unlocksWith('4826')).toBe(true);
    expect(await readStaffName()).toBe('Priya');
    // Leaving now takes the PIN.
    await user.click(screen.getByRole('button', { name: 'Staff' }));
    expect(await screen.findByRole('dialog', { name: 'Staff PIN' })).toBeVisible();
  });

  it('"Not now" goes back to the person, out of Together, and the conversation waits there', async () => {
    const { user } = await startTogetherFromList('Jo');
    await user.click(screen.getByRole('button', { name: 'Not now' }));
    expect(await screen.findByRole('heading', { name: 'Jo', level: 1 })).toBeVisible();
    await waitFor(async () => expect(await db.settings.get(ACTIVE_TOGETHER_KEY)).toBeUndefined());
    expect(await db.conversations.count()).toBe(1);
  });
});
