import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderAppAt } from '../../../tests/render-app';
import {
  installFakeStorageManager,
  removeFakeStorageManager,
} from '../../../tests/fixtures/storage-manager';

afterEach(removeFakeStorageManager);

const findSection = () => screen.findByRole('region', { name: 'Storage on this tablet' });
const SAFE = "This tablet keeps Restory's records safe from clean-ups.";
const MAY_CLEAR = "This tablet may clear Restory's records when space runs low. Keep backups.";

describe('Settings: storage on this tablet', () => {
  it('says records are kept safe, and how much space is used and free', async () => {
    installFakeStorageManager({ isPersisted: true, usage: 42_000_000, quota: 1_500_000_000 });
    renderAppAt('/settings');
    const section = await findSection();
    expect(await within(section).findByText(SAFE)).toBeVisible();
    expect(
      within(section).getByText(/Restory is using 42\sMB\. About 1\.5\sGB more is free/),
    ).toBeVisible();
    expect(within(section).queryByRole('button')).not.toBeInTheDocument();
  });

  it('asks to keep records safe, and says when the tablet agrees', async () => {
    const storage = installFakeStorageManager({ isPersisted: false, willPersist: true });
    const { user } = renderAppAt('/settings');
    const section = await findSection();
    expect(await within(section).findByText(MAY_CLEAR)).toBeVisible();

    await user.click(within(section).getByRole('button', { name: 'Ask to keep records safe' }));

    expect(storage.persist).toHaveBeenCalledOnce();
    expect(
      await within(section).findByText("Done. This tablet now keeps Restory's records safe."),
    ).toBeVisible();
    expect(await within(section).findByText(SAFE)).toBeVisible();
    expect(within(section).queryByRole('button')).not.toBeInTheDocument();
  });

  it('says so calmly when the tablet does not agree', async () => {
    installFakeStorageManager({ isPersisted: false, willPersist: false });
    const { user } = renderAppAt('/settings');
    const section = await findSection();
    await user.click(
      await within(section).findByRole('button', { name: 'Ask to keep records safe' }),
    );
    expect(await within(section).findByRole('status')).toHaveTextContent(/said not now/);
    expect(within(section).getByText(MAY_CLEAR)).toBeVisible();
    expect(within(section).getByRole('button', { name: 'Ask to keep records safe' })).toBeEnabled();
  });

  it('says it cannot tell where the browser has no Storage API', async () => {
    renderAppAt('/settings');
    const section = await findSection();
    expect(
      await within(section).findByText(/does not say whether it keeps Restory's records safe/),
    ).toBeVisible();
    expect(
      within(section).getByText('This tablet does not say how much space is used.'),
    ).toBeVisible();
    expect(within(section).queryByRole('button')).not.toBeInTheDocument();
  });
});
