/**
 * Restoring a checked backup in ONE read-write transaction over every table, so a restore is
 * whole or absent. "Replace" first zips everything the tablet holds, before that transaction,
 * which then checks nothing changed meanwhile and keeps the snapshot under RESTORE_SNAPSHOT_KEY;
 * "Undo the last restore" puts that snapshot back.
 */
import { noteInAudit } from '../audit-repo';
import { ACTIVE_TOGETHER_KEY } from '../session-repo';
import { isBackedUpSetting } from './backed-up-settings';
import { db, now } from '../database';
import { BackupError } from './backup-error';
import { BACKUP_TABLES, readAllRows } from './export-backup';
import { mergeRows } from './merge-rows';
import type { CheckedBackup } from './read-backup';
import { readBackup } from './read-backup-in-worker';
import { RESTORE_SNAPSHOT_KEY, readRestoreSnapshot } from './restore-snapshot';
import { loadFflate, zipBackupNow, type BackupRows } from './zip-backup';
import { writeTransaction } from '../protection';

export type { BackupSummary, CheckedBackup } from './read-backup';
export { readBackup, readBackupFile } from './read-backup-in-worker';
export type RestoreMode = 'merge' | 'replace';

/**
 * This tablet's own settings (backed-up-settings.ts) stay through a restore — the staff PIN and
 * its waits, the staff name, the tablet's id — except the open Together conversation, which may
 * be gone, and the undo snapshot, which a restore replaces and an undo uses up.
 */
const isKeptThroughRestore = (key: string) =>
  !isBackedUpSetting(key) && key !== ACTIVE_TOGETHER_KEY && key !== RESTORE_SNAPSHOT_KEY;

/** The tables a restore writes: every backed-up table, and the audit log to note it in. */
const RESTORE_TABLES = [...BACKUP_TABLES, db.audit];
const RESTORED = { action: 'restored', subject: 'backup', recordId: null, personId: null } as const;

/**
 * Clears every backed-up table and writes the backup's rows (call inside the transaction). The
 * audit log is this tablet's own history: it is kept, and the restore is noted in it.
 */
async function replaceRows(rows: BackupRows): Promise<number> {
  // The PIN and the waits after wrong PINs belong to this tablet: a restore must not touch them.
  const kept = (await db.settings.toArray()).filter((s) => isKeptThroughRestore(s.key));
  await Promise.all(BACKUP_TABLES.map((table) => table.clear()));
  await db.people.bulkAdd([...rows.people]);
  await db.cards.bulkAdd([...rows.cards]);
  await db.boards.bulkAdd([...rows.boards]);
  await db.overrides.bulkAdd([...rows.overrides]);
  await db.conversations.bulkAdd([...rows.conversations]);
  await db.media.bulkAdd([...rows.media]);
  await db.settings.bulkPut([...rows.settings, ...kept]);
  await db.tombstones.bulkAdd([...rows.tombstones]);
  await db.incidents.bulkAdd([...rows.incidents]);
  await db.plans.bulkAdd([...rows.plans]);
  await db.stories.bulkAdd([...rows.stories]);
  await noteInAudit(RESTORED);
  return rows.people.length + rows.cards.length + rows.boards.length + rows.conversations.length;
}

/** Returns how many records were written (merge: added, replaced or removed). */
export async function applyBackup(backup: CheckedBackup, mode: RestoreMode): Promise<number> {
  if (mode === 'merge') {
    return writeTransaction(RESTORE_TABLES, async () => {
      const changed = await mergeRows(backup.rows);
      await noteInAudit(RESTORED);
      return changed;
    });
  }
  return replaceWithSnapshot(backup.rows);
}

/** Another write landed between the snapshot and the replace: take the snapshot again. */
class ChangedMeanwhile extends Error {}
const SNAPSHOT_TRIES = 3;

/**
 * Which rows the tablet holds and which change of each, without reading anything personal: ids,
 * stamps and times (the envelope), and the settings' keys. Equal before and after means the
 * snapshot is exactly what gets replaced.
 */
function envelopeOf(rows: BackupRows): string {
  const row = (r: { id: string; stamp?: string; updatedAt: number }) =>
    `${r.id}@${r.stamp ?? r.updatedAt}`;
  return JSON.stringify([
    rows.people.map(row),
    rows.cards.map(row),
    rows.boards.map(row),
    rows.overrides.map(row),
    rows.conversations.map(row),
    rows.media.map(row),
    rows.tombstones.map((t) => `${t.id}@${t.stamp ?? t.deletedAt}`),
    rows.incidents.map(row),
    rows.plans.map(row),
    rows.stories.map(row),
    rows.settings.map((setting) => setting.key),
  ]);
}

/**
 * "Replace": the undo snapshot of everything here is read and zipped before the write, outside
 * any read-write transaction (so later, encrypting it cannot end one early); the transaction then
 * checks nothing changed since, replaces every table and stores the snapshot as its own row.
 */
async function replaceWithSnapshot(rows: BackupRows): Promise<number> {
  const fflate = await loadFflate();
  for (let attempt = 1; ; attempt += 1) {
    const current = await db.transaction('r', BACKUP_TABLES, readAllRows);
    const createdAt = now();
    const bytes = zipBackupNow(fflate, {
      rows: current,
      scope: 'all',
      schemaVersion: db.verno,
      createdAt,
    });
    try {
      return await writeTransaction(RESTORE_TABLES, async () => {
        if (envelopeOf(await readAllRows()) !== envelopeOf(current)) throw new ChangedMeanwhile();
        const written = await replaceRows(rows);
        await db.settings.put({ key: RESTORE_SNAPSHOT_KEY, value: { bytes, createdAt } });
        return written;
      });
    } catch (error) {
      if (!(error instanceof ChangedMeanwhile) || attempt >= SNAPSHOT_TRIES) throw error;
    }
  }
}

/** Puts back what the tablet held before the last "Replace", then forgets the snapshot. */
export async function undoLastRestore(): Promise<void> {
  const snapshot = await readRestoreSnapshot();
  if (!snapshot) throw new BackupError('no-snapshot');
  const backup = await readBackup(snapshot.bytes);
  // Clearing settings also removes the snapshot: an undo is not itself undone.
  await writeTransaction(RESTORE_TABLES, () => replaceRows(backup.rows));
}
