/** The undo snapshot of a "Replace" restore lasts 7 days, then is erased (issue 18, point 2). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { seedBackupData } from '../../../tests/fixtures/backup';
import { db } from '../database';
import { exportBackup } from './export-backup';
import { applyBackup, readBackup, undoLastRestore } from './restore-backup';
import {
  eraseExpiredSnapshot,
  readRestoreSnapshot,
  RESTORE_SNAPSHOT_KEY,
  undoPossibleUntil,
} from './restore-snapshot';

const DAY = 24 * 60 * 60 * 1000;
const REPLACED_AT = new Date(2026, 11, 4, 12, 0).getTime();

afterEach(() => {
  vi.useRealTimers();
});

/** Replaces everything at REPLACED_AT, with only the clock faked. */
async function replaceAtNoon(): Promise<void> {
  await seedBackupData();
  const bytes = await exportBackup();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(REPLACED_AT);
  await applyBackup(await readBackup(bytes), 'replace');
}

describe('the undo snapshot after Replace', () => {
  it('can be used for 7 days', async () => {
    await replaceAtNoon();
    expect(undoPossibleUntil(REPLACED_AT)).toBe(REPLACED_AT + 7 * DAY);

    vi.setSystemTime(REPLACED_AT + 7 * DAY - 1);
    expect(await eraseExpiredSnapshot()).toBe(false);
    expect((await readRestoreSnapshot())?.createdAt).toBe(REPLACED_AT);
    await undoLastRestore();
    expect((await db.people.get('person-sam'))?.displayName).toBe('Sam');
  });

  it('is erased once its 7 days are over, and an undo is refused meanwhile', async () => {
    await replaceAtNoon();

    vi.setSystemTime(REPLACED_AT + 7 * DAY);
    // Not yet erased, but never used: an expired snapshot is as good as gone.
    expect(await db.settings.get(RESTORE_SNAPSHOT_KEY)).toBeDefined();
    expect(await readRestoreSnapshot()).toBeUndefined();
    await expect(undoLastRestore()).rejects.toMatchObject({ reason: 'no-snapshot' });

    expect(await eraseExpiredSnapshot()).toBe(true);
    expect(await db.settings.get(RESTORE_SNAPSHOT_KEY)).toBeUndefined();
    expect(await eraseExpiredSnapshot()).toBe(false);
  });

  it('erases a snapshot it cannot read', async () => {
    await db.settings.put({ key: RESTORE_SNAPSHOT_KEY, value: { bytes: 'not bytes' } });
    expect(await eraseExpiredSnapshot()).toBe(true);
    expect(await db.settings.get(RESTORE_SNAPSHOT_KEY)).toBeUndefined();
  });
});
