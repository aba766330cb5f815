/**
 * When the last whole backup was saved, and whether to remind staff: no backup for 7 days while
 * records have changed since. A tablet that only holds the starter content is never nagged.
 */
import { useLiveQuery } from '../live-query';
import { db, now } from '../database';

/** Persisted setting name: never rename without a migration. Device-only: not in backups. */
export const LAST_BACKUP_KEY = 'lastBackupAt';

export const REMIND_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

export interface BackupReminder {
  readonly lastBackupAt: number | null;
  /** Whole days since the last backup, or null when there has never been one. */
  readonly daysSinceBackup: number | null;
  readonly isDue: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Notes that a whole backup was handed to the staff member as a file. */
export async function recordBackupSaved(at: number = now()): Promise<void> {
  await db.settings.put({ key: LAST_BACKUP_KEY, value: at });
}

async function newest(table: 'people' | 'conversations' | 'media'): Promise<number | null> {
  const row = await db.table<{ updatedAt: number }>(table).orderBy('updatedAt').last();
  return row?.updatedAt ?? null;
}

async function oldestPerson(): Promise<number | null> {
  const people = await db.people.toArray();
  return people.length === 0 ? null : Math.min(...people.map((p) => p.createdAt));
}

/** Reads the reminder state at a moment (`at`), for the hook and for tests. */
export async function readBackupReminder(at: number): Promise<BackupReminder> {
  const stored = (await db.settings.get(LAST_BACKUP_KEY))?.value;
  const lastBackupAt = typeof stored === 'number' ? stored : null;
  const changes = await Promise.all([newest('people'), newest('conversations'), newest('media')]);
  const lastChange = Math.max(...changes.map((c) => c ?? -Infinity));
  // Never backed up: count the 7 days from the first person added.
  const since = lastBackupAt ?? (await oldestPerson());
  const hasChanged = lastChange > (lastBackupAt ?? -Infinity);
  const isDue = since !== null && hasChanged && at - since >= REMIND_AFTER_MS;
  const daysSinceBackup = lastBackupAt === null ? null : Math.floor((at - lastBackupAt) / DAY_MS);
  return { lastBackupAt, daysSinceBackup, isDue };
}

export function useBackupReminder(): BackupReminder | undefined {
  return useLiveQuery(() => readBackupReminder(now()));
}
