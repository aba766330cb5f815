import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { allTablesJson, seedBackupData, wipeDatabase } from '../../../tests/fixtures/backup';
import { renderAppAt } from '../../../tests/render-app';
import { exportBackup } from '../../storage/backup/export-backup';
import { applyBackup, readBackup } from '../../storage/backup/restore-backup';
import { db } from '../../storage/database';

/** The seeded data includes an open Together session, which would lock staff screens. */
async function seedWithoutTogether() {
  await seedBackupData();
  await db.settings.delete('activeTogether');
}

const findSection = () => screen.findByRole('region', { name: 'Backups' });
const DAY = 24 * 60 * 60 * 1000;

afterEach(() => {
  vi.useRealTimers();
});
const zipFile = (bytes: BlobPart) =>
  new File([bytes], 'restory-backup-2026-11-24.zip', { type: 'application/zip' });

describe('Settings: backups', () => {
  it('shows what a chosen backup holds, then merges it', async () => {
    await seedWithoutTogether();
    const bytes = await exportBackup();
    await wipeDatabase();
    const { user } = renderAppAt('/settings');
    const section = await findSection();

    await user.upload(within(section).getByLabelText('Backup file'), zipFile(bytes));

    expect(await within(section).findByText('People in it: Lina and Sam.')).toBeVisible();
    // The field empties after each choice; the chosen file is named beside it.
    expect(within(section).getByText('Chosen file: restory-backup-2026-11-24.zip')).toBeVisible();
    expect(
      within(section).getByText(/People: 2\. Conversations: 2\. Pictures and sounds: 2\./),
    ).toBeVisible();
    await user.click(within(section).getByRole('button', { name: 'Merge' }));

    expect(
      await within(section).findByText('Done. The backup is merged into this tablet.'),
    ).toBeVisible();
    expect(await db.people.count()).toBe(2);
    expect(
      within(section).queryByRole('button', { name: 'Undo the last restore' }),
    ).not.toBeInTheDocument();
  });

  it('replaces only after a second yes, and can undo it', async () => {
    await seedWithoutTogether();
    const bytes = await exportBackup();
    await db.people.update('person-sam', { displayName: 'Samuel', updatedAt: 999 });
    const { user } = renderAppAt('/settings');
    const section = await findSection();

    await user.upload(within(section).getByLabelText('Backup file'), zipFile(bytes));
    await user.click(await within(section).findByRole('button', { name: 'Replace' }));
    expect(within(section).getByText(/A copy of what is here now is kept/)).toBeVisible();
    expect((await db.people.get('person-sam'))?.displayName).toBe('Samuel');
    await user.click(within(section).getByRole('button', { name: 'Yes, replace' }));

    expect(await within(section).findByText(/This tablet now holds the backup/)).toBeVisible();
    expect((await db.people.get('person-sam'))?.displayName).toBe('Sam');
    await user.click(await within(section).findByRole('button', { name: 'Undo the last restore' }));
    expect(
      await within(section).findByText(/back as it was before the last restore/),
    ).toBeVisible();
    expect((await db.people.get('person-sam'))?.displayName).toBe('Samuel');
  });

  it('refuses a file that is not a backup, in plain words, and changes nothing', async () => {
    await seedWithoutTogether();
    const before = await allTablesJson();
    const { user } = renderAppAt('/settings');
    const section = await findSection();

    await user.upload(within(section).getByLabelText('Backup file'), zipFile('shopping list'));

    expect(
      await within(section).findByText(
        'This file is not a Restory backup, or it is damaged. Nothing has changed.',
      ),
    ).toBeVisible();
    expect(within(section).queryByRole('button', { name: 'Merge' })).not.toBeInTheDocument();
    expect(await allTablesJson()).toBe(before);
  });

  it('says until when a Replace can be undone, and a visit after that erases the copy', async () => {
    await seedWithoutTogether();
    const bytes = await exportBackup();
    // Only the clock is faked, so Dexie and fake-indexeddb keep their real timers.
    vi.useFakeTimers({ toFake: ['Date'] });
    const replacedAt = new Date(2026, 11, 4, 12, 0).getTime();
    vi.setSystemTime(replacedAt);
    await applyBackup(await readBackup(bytes), 'replace');
    const { unmount } = renderAppAt('/settings');
    const section = await findSection();

    expect(
      await within(section).findByText('You can undo this restore until December 11.'),
    ).toBeVisible();
    expect(within(section).getByRole('button', { name: 'Undo the last restore' })).toBeVisible();
    unmount();

    vi.setSystemTime(replacedAt + 7 * DAY);
    renderAppAt('/settings');
    const later = await findSection();
    await waitFor(async () => expect(await db.settings.get('restoreSnapshot')).toBeUndefined());
    expect(
      within(later).queryByRole('button', { name: 'Undo the last restore' }),
    ).not.toBeInTheDocument();
    expect(within(later).queryByText(/You can undo this restore/)).not.toBeInTheDocument();
  });
});
