import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderAppAt } from '../../../tests/render-app';
import { readBackupReminder, recordBackupSaved } from '../../storage/backup/backup-reminder';
import { db } from '../../storage/database';
import { addPerson } from '../../storage/people-repo';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.parse('2026-11-24T10:00:00Z');

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Saving a file makes a blob URL; jsdom has none, and no real download is wanted. */
function stubDownloads(): void {
  class TestUrl extends URL {
    static override createObjectURL = () => 'blob:test';
    static override revokeObjectURL = () => undefined;
  }
  vi.stubGlobal('URL', TestUrl);
}

/** A person added `daysAgo` days ago, with the clock faked only for Date. */
async function personAddedDaysAgo(daysAgo: number): Promise<string> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW - daysAgo * DAY);
  const id = await addPerson('Sam');
  vi.setSystemTime(NOW);
  return id;
}

describe('the 7-day backup reminder', () => {
  it('is not due on a tablet with only the starter content, or within 7 days', async () => {
    expect((await readBackupReminder(NOW)).isDue).toBe(false);
    await personAddedDaysAgo(6);
    expect((await readBackupReminder(NOW)).isDue).toBe(false);
  });

  it('is due 7 days after the last backup only when records changed since', async () => {
    await personAddedDaysAgo(20);
    await recordBackupSaved(NOW - 8 * DAY);
    expect(await readBackupReminder(NOW)).toMatchObject({ isDue: false, daysSinceBackup: 8 });
    await db.people.toCollection().modify({ updatedAt: NOW - 2 * DAY });
    expect(await readBackupReminder(NOW)).toMatchObject({ isDue: true, daysSinceBackup: 8 });
  });

  it('shows on staff screens, and goes once everything is backed up', async () => {
    await personAddedDaysAgo(9);
    // Saving the file: no real download in jsdom.
    stubDownloads();
    const { user } = renderAppAt('/');
    expect(
      await screen.findByText('Records on this tablet have never been backed up.'),
    ).toBeVisible();
    await user.click(screen.getByRole('link', { name: 'Back up in Settings' }));
    const section = await screen.findByRole('region', { name: 'Backups' });
    expect(within(section).getByText(/No backup of everything has been saved/)).toBeVisible();
    await user.click(within(section).getByRole('button', { name: 'Back up now' }));
    expect(
      await within(section).findByText(/Backup saved as restory-backup-2026-11-24/),
    ).toBeVisible();
    expect(
      await within(section).findByText(/The last backup of everything was saved on/),
    ).toBeVisible();
    expect(
      screen.queryByText('Records on this tablet have never been backed up.'),
    ).not.toBeInTheDocument();
  });

  it('backs up one person alone, without resetting the reminder', async () => {
    await personAddedDaysAgo(1);
    await addPerson('Lina');
    stubDownloads();
    const { user } = renderAppAt('/settings');
    const section = await screen.findByRole('region', { name: 'Backups' });
    await within(section).findByRole('option', { name: 'Lina' });
    await user.selectOptions(
      within(section).getByRole('combobox', { name: 'Whose records' }),
      'Lina',
    );
    await user.click(within(section).getByRole('button', { name: 'Back up now' }));
    expect(
      await within(section).findByText(/Backup saved as restory-backup-one-person-2026-11-24/),
    ).toBeVisible();
    expect((await readBackupReminder(NOW)).lastBackupAt).toBeNull();
  });
});
