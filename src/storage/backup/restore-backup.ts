/**
 * Restoring a checked backup in ONE read-write transaction over every table, so a restore is
 * whole or absent. "Replace" first zips everything the tablet holds, inside the same
 * transaction (so the snapshot is exactly what gets replaced), and keeps it under
 * RESTORE_SNAPSHOT_KEY; "Undo the last restore" puts that snapshot back.
 */
import { noteInAudit, STAFF_NAME_KEY } from '../audit-repo';
import { db, now } from '../database';
import { STAFF_PIN_ATTEMPTS_KEY } from '../pin-repo';
import { DEVICE_ID_KEY } from '../stamp-hooks';
import { BackupError } from './backup-error';
import { LAST_BACKUP_KEY } from './backup-reminder';
import { BACKUP_TABLES, readAllRows } from './export-backup';
import { mergeRows } from './merge-rows';
import { readBackup, type CheckedBackup } from './read-backup';
import { RESTORE_SNAPSHOT_KEY, readRestoreSnapshot } from './restore-snapshot';
import { loadFflate, zipBackupNow, type BackupRows } from './zip-backup';

export { readBackup, type BackupSummary, type CheckedBackup } from './read-backup';
export type RestoreMode = 'merge' | 'replace';

/** Settings about this tablet and who uses it now, which a restore keeps as they are. */
const KEPT_SETTINGS = [STAFF_PIN_ATTEMPTS_KEY, STAFF_NAME_KEY, LAST_BACKUP_KEY, DEVICE_ID_KEY];

/** The tables a restore writes: every backed-up table, and the audit log to note it in. */
const RESTORE_TABLES = [...BACKUP_TABLES, db.audit];
const RESTORED = { action: 'restored', subject: 'backup', recordId: null, personId: null } as const;

/**
 * Clears every backed-up table and writes the backup's rows (call inside the transaction). The
 * audit log is this tablet's own history: it is kept, and the restore is noted in it.
 */
async function replaceRows(rows: BackupRows): Promise<number> {
  // Waits after wrong PINs belong to this tablet, so a restore must not reset them.
  const kept = (await db.settings.bulkGet(KEPT_SETTINGS)).filter((s) => s !== undefined);
  await Promise.all(BACKUP_TABLES.map((table) => table.clear()));
  await db.people.bulkAdd([...rows.people]);
  await db.cards.bulkAdd([...rows.cards]);
  await db.boards.bulkAdd([...rows.boards]);
  await db.conversations.bulkAdd([...rows.conversations]);
  await db.media.bulkAdd([...rows.media]);
  await db.settings.bulkPut([...rows.settings, ...kept]);
  await db.tombstones.bulkAdd([...rows.tombstones]);
  await noteInAudit(RESTORED);
  return rows.people.length + rows.cards.length + rows.boards.length + rows.conversations.length;
}

/** Returns how many records were written (merge: added, replaced or removed). */
export async function applyBackup(backup: CheckedBackup, mode: RestoreMode): Promise<number> {
  if (mode === 'merge') {
    return db.transaction('rw', RESTORE_TABLES, async () => {
      const changed = await mergeRows(backup.rows);
      await noteInAudit(RESTORED);
      return changed;
    });
  }
  const fflate = await loadFflate();
  return db.transaction('rw', RESTORE_TABLES, async () => {
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
  await db.transaction('rw', RESTORE_TABLES, () => replaceRows(backup.rows));
}
