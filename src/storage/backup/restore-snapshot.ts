/**
 * The automatic snapshot taken before a "Replace" restore, so it can be undone. It is a whole
 * backup zip kept as bytes under one settings key (settings are never indexed and never shown),
 * and backups leave this key out so snapshots never nest. Only the latest snapshot is kept, and
 * only for RESTORE_SNAPSHOT_DAYS: the records it holds were replaced on purpose, so they must not
 * stay on the tablet for ever. An older one is erased at the next start or visit to Settings, and
 * is never used meanwhile.
 */
import { useLiveQuery } from '../live-query';
import { db, now } from '../database';
import { eraseSettings } from '../erase';
import { writeTransaction } from '../protection';

/** Persisted key: never rename without a migration. */
export const RESTORE_SNAPSHOT_KEY = 'restoreSnapshot';
export const RESTORE_SNAPSHOT_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface RestoreSnapshot {
  readonly bytes: Uint8Array;
  readonly createdAt: number;
}

export interface RestoreSnapshotTimes {
  readonly createdAt: number;
  /** After this time the snapshot is erased and the restore can no longer be undone. */
  readonly undoUntil: number;
}

export const undoPossibleUntil = (createdAt: number): number =>
  createdAt + RESTORE_SNAPSHOT_DAYS * DAY_MS;

function toSnapshot(value: unknown): RestoreSnapshot | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { bytes, createdAt } = value as Partial<RestoreSnapshot>;
  // isView, not instanceof: bytes read back from IndexedDB may come from another realm.
  return ArrayBuffer.isView(bytes) && typeof createdAt === 'number'
    ? { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), createdAt }
    : undefined;
}

const isCurrent = (snapshot: RestoreSnapshot, at: number) =>
  at < undoPossibleUntil(snapshot.createdAt);

/** The snapshot while the restore can still be undone; undefined when there is none. */
export async function readRestoreSnapshot(at = now()): Promise<RestoreSnapshot | undefined> {
  const snapshot = toSnapshot((await db.settings.get(RESTORE_SNAPSHOT_KEY))?.value);
  return snapshot && isCurrent(snapshot, at) ? snapshot : undefined;
}

/** Erases a snapshot whose days are over (or that cannot be read); true when one was erased. */
export async function eraseExpiredSnapshot(at = now()): Promise<boolean> {
  return writeTransaction([db.settings], async () => {
    const stored = await db.settings.get(RESTORE_SNAPSHOT_KEY);
    if (!stored) return false;
    const snapshot = toSnapshot(stored.value);
    if (snapshot && isCurrent(snapshot, at)) return false;
    await eraseSettings([RESTORE_SNAPSHOT_KEY]);
    return true;
  });
}

/** When the snapshot was taken and until when it can be used; null when there is none. */
export function useRestoreSnapshotTimes(): RestoreSnapshotTimes | null | undefined {
  return useLiveQuery(async () => {
    const snapshot = await readRestoreSnapshot();
    return snapshot
      ? { createdAt: snapshot.createdAt, undoUntil: undoPossibleUntil(snapshot.createdAt) }
      : null;
  }, []);
}
