/**
 * The one way anything leaves the database (a test forbids deletes elsewhere in src).
 *
 * - A record (person, card, board, conversation, picture, drawing, sound) leaves a tombstone:
 *   its id, table and time, and the change stamp the hooks add (stamp-hooks.ts) — nothing
 *   personal — so a restore and, later, another tablet learn it was deleted and when.
 * - A setting is this tablet's own state (the open Together conversation, the staff PIN and its
 *   tries, the restore snapshot): settings never replicate, so they leave no tombstone. A setting
 *   that is ever shared between tablets must become a record first. So are the copies of records
 *   kept aside by the start-up check (`setAside`).
 *
 * Call inside a read-write transaction over the table and `tombstones`.
 */
import { db, now } from './database';

export type ErasableTable =
  'people' | 'cards' | 'boards' | 'conversations' | 'media' | 'incidents' | 'plans' | 'stories';

export async function eraseRecords(table: ErasableTable, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const deletedAt = now();
  await db.table(table).bulkDelete([...ids]);
  await db.tombstones.bulkPut(ids.map((id) => ({ id, table, deletedAt })));
}

export async function eraseSettings(keys: readonly string[]): Promise<void> {
  await db.settings.bulkDelete([...keys]);
}

/** Copies kept aside by the start-up check (record-sweep.ts) are this tablet's own, like settings. */
export async function eraseSetAside(ids: readonly string[]): Promise<void> {
  await db.setAside.bulkDelete([...ids]);
}
