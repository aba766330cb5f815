/** Settings when a change is not stored: the section says so calmly and shows what is stored. */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { abortError, SAVE_FAILED } from '../../../tests/fixtures/save-failures';
import { renderAppAt } from '../../../tests/render-app';
import { STAFF_NAME_KEY } from '../../storage/audit-repo';
import { db } from '../../storage/database';
import { readCalmMotion, readTakeUpSeconds } from '../../storage/preferences-repo';

async function openSettings() {
  const app = renderAppAt('/settings');
  const calm = await screen.findByRole('checkbox', { name: 'Calm motion' });
  await waitFor(() => expect(calm).toBeEnabled());
  vi.spyOn(db.settings, 'put').mockRejectedValue(abortError());
  return app;
}

const section = (name: string) =>
  screen.getByRole('heading', { name, level: 2 }).closest('section')!;

describe('Settings when a change is not stored', () => {
  it('says so for Calm motion and shows it still off', async () => {
    const { user } = await openSettings();
    const calm = screen.getByRole('checkbox', { name: 'Calm motion' });

    await user.click(calm);

    expect(await within(section('Calm and pace')).findByRole('alert')).toHaveTextContent(
      SAVE_FAILED,
    );
    await waitFor(() => expect(calm).not.toBeChecked());
    expect(await readCalmMotion()).toBe(false);
  });

  it('says so for the take-up time and shows the stored time', async () => {
    const { user } = await openSettings();
    const takeUp = screen.getByRole('combobox', { name: 'Take-up time' });

    await user.selectOptions(takeUp, '25 seconds');

    expect(await within(section('Calm and pace')).findByRole('alert')).toHaveTextContent(
      SAVE_FAILED,
    );
    await waitFor(() => expect(takeUp).toHaveDisplayValue('15 seconds'));
    expect(await readTakeUpSeconds()).toBe(15);
  });

  it('says so for the staff name', async () => {
    const { user } = await openSettings();

    await user.type(await screen.findByRole('textbox', { name: 'Your name' }), 'A');

    expect(await within(section('Activity log')).findByRole('alert')).toHaveTextContent(
      SAVE_FAILED,
    );
    expect(await db.settings.get(STAFF_NAME_KEY)).toBeUndefined();
  });
});
