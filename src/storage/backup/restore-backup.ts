/**
 * Restoring a checked backup in ONE read-write transaction over every table, so a restore is
 * whole or absent. "Replace" first zips everything the tablet holds, inside the same
 * transaction (so the snapshot is exactly what gets replaced), and keeps it under
 * RESTORE_SNAPSHOT_KEY; "Undo the last restore" puts that snapshot back.
 */
import { db, now } from '../database';
import { STAFF_PIN_ATTEMPTS_KEY } from '../pin-repo';
import { BackupError } from './backup-error';
import { BACKUP_TABLES, readAllRows } from './export-backup';
import { mergeRows } from './merge-rows';
import { readBackup, type CheckedBackup } from './read-backup';
import { RESTORE_SNAPSHOT_KEY, readRestoreSnapshot } from './restore-snapshot';
import { loadFflate, zipBackupNow, type BackupRows } from './zip-backup';

export { readBackup, type BackupSummary, type CheckedBackup } from './read-backup';
export type RestoreMode = 'merge' | 'replace';

/** Clears every table and writes the backup's rows (call inside the transaction). */
async function replaceRows(rows: BackupRows): Promise<number> {
  // Waits after wrong PINs belong to this tablet, so a restore must not reset them.
  const attempts = await db.settings.get(STAFF_PIN_ATTEMPTS_KEY);
  await Promise.all(BACKUP_TABLES.map((table) => table.clear()));
  await db.people.bulkAdd([...rows.people]);
  await db.cards.bulkAdd([...rows.cards]);
  await db.boards.bulkAdd([...rows.boards]);
  await db.conversations.bulkAdd([...rows.conversations]);
  await db.media.bulkAdd([...rows.media]);
  await db.settings.bulkAdd([...rows.settings, ...(attempts ? [attempts] : [])]);
  await db.tombstones.bulkAdd([...rows.tombstones]);
  return rows.people.length + rows.cards.length + rows.boards.length + rows.conversations.length;
}

/** Returns how many records were written (merge: added, replaced or removed). */
export async function applyBackup(backup: CheckedBackup, mode: RestoreMode): Promise<number> {
  if (mode === 'merge') return db.transaction('rw', BACKUP_TABLES, () => mergeRows(backup.rows));
  const fflate = await loadFflate();
  return db.transaction('rw', BACKUP_TABLES, async () => {
    const current = await readAllRows();
    // Synchronous on purpose: awaiting anything but Dexie here would end the transaction.
    const time = now();
    const snapshot = zipBackupNow(fflate, {
      rows: current,
      scope: 'all',
      schemaVersion: db.verno,
      createdAt: time,
    });
    const written = await replaceRows(backup.rows);
    await db.settings.put({
      key: RESTORE_SNAPSHOT_KEY,
      value: { bytes: snapshot, createdAt: time },
    });
    return written;
  });
}

/** Puts back what the tablet held before the last "Replace", then forgets the snapshot. */
export async function undoLastRestore(): Promise<void> {
  const snapshot = await readRestoreSnapshot();
  if (!snapshot) throw new BackupError('no-snapshot');
  const backup = await readBackup(snapshot.bytes);
  // Clearing settings also removes the snapshot: an undo is not itself undone.
  await db.transaction('rw', BACKUP_TABLES, () => replaceRows(backup.rows));
}
