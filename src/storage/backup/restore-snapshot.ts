/**
 * The automatic snapshot taken before a "Replace" restore, so it can be undone. It is a whole
 * backup zip kept as bytes under one settings key (settings are never indexed and never shown),
 * and backups leave this key out so snapshots never nest. Only the latest snapshot is kept.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../database';

/** Persisted key: never rename without a migration. */
export const RESTORE_SNAPSHOT_KEY = 'restoreSnapshot';

export interface RestoreSnapshot {
  readonly bytes: Uint8Array;
  readonly createdAt: number;
}

function toSnapshot(value: unknown): RestoreSnapshot | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { bytes, createdAt } = value as Partial<RestoreSnapshot>;
  // isView, not instanceof: bytes read back from IndexedDB may come from another realm.
  return ArrayBuffer.isView(bytes) && typeof createdAt === 'number'
    ? { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), createdAt }
    : undefined;
}

export async function readRestoreSnapshot(): Promise<RestoreSnapshot | undefined> {
  return toSnapshot((await db.settings.get(RESTORE_SNAPSHOT_KEY))?.value);
}

/** When the snapshot was taken, null when there is none, undefined while loading. */
export function useRestoreSnapshotTime(): number | null | undefined {
  return useLiveQuery(async () => (await readRestoreSnapshot())?.createdAt ?? null, []);
}
