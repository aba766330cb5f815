/**
 * Version 5: every row of every table is rewritten into the codec's layout (storage/codec.ts):
 * its envelope fields at the top, everything else in one `payload` field. Nothing changes in
 * what a record says, and the codec reads rows written before it anyway; the rewrite makes the
 * tablet's whole database one layout, ready for the payload to be encrypted.
 *
 * The rows are written straight to IndexedDB, under Dexie, because a write through Dexie's
 * tables fires the updating hooks and would give every row a new change stamp (storage/
 * stamp-hooks.ts): a change of layout is not a change, and must not win a merge or replicate.
 */
import type { Transaction } from 'dexie';

type Row = Record<string, unknown>;

/**
 * Each table's envelope as version 5 shipped it, frozen here: a later change to the codec must
 * never change what this migration writes. The payload is the plain fields (no cipher yet).
 */
export const V5_ENVELOPES: Readonly<Record<string, readonly string[]>> = {
  people: ['id', 'archivedAt', 'createdAt', 'updatedAt', 'stamp'],
  cards: ['id', 'boardId', 'kind', 'origin', 'createdAt', 'updatedAt', 'stamp'],
  boards: ['id', 'order', 'origin', 'createdAt', 'updatedAt', 'stamp'],
  conversations: [
    'id',
    'personId',
    'status',
    'step',
    'isOnBreak',
    'revision',
    'startedAt',
    'completedAt',
    'createdAt',
    'updatedAt',
    'stamp',
  ],
  media: ['id', 'ownerId', 'type', 'createdAt', 'updatedAt', 'stamp'],
  settings: ['key'],
  tombstones: ['id', 'table', 'deletedAt', 'stamp'],
  audit: ['id', 'at', 'action', 'subject', 'recordId', 'personId'],
  overrides: ['id', 'target', 'createdAt', 'updatedAt', 'stamp'],
};

/** Rows read and written at a time, so a tablet full of photos is never in memory at once. */
const CHUNK = 50;

/** A plain row in version 5's layout; a row with nothing outside its envelope gets no payload. */
export function toV5Layout(envelope: readonly string[], row: Row): Row {
  const stored: Row = {};
  const payload: Row = {};
  for (const [name, value] of Object.entries(row)) {
    if (envelope.includes(name)) stored[name] = value;
    else payload[name] = value;
  }
  if (Object.keys(payload).length > 0) stored['payload'] = payload;
  return stored;
}

async function rewriteTable(tx: Transaction, name: string, envelope: readonly string[]) {
  const table = tx.table<Row>(name);
  const keys = await table.toCollection().primaryKeys();
  for (let start = 0; start < keys.length; start += CHUNK) {
    // Read through Dexie, so whatever layout a row is in, it comes back plain.
    const rows = await table.bulkGet(keys.slice(start, start + CHUNK));
    const store = tx.idbtrans.objectStore(name);
    // A put that fails aborts the upgrade transaction, so no database is left half rewritten.
    for (const row of rows) if (row) store.put(toV5Layout(envelope, row));
  }
}

export async function upgradeToV5(tx: Transaction): Promise<void> {
  for (const [name, envelope] of Object.entries(V5_ENVELOPES)) {
    if (tx.storeNames.includes(name)) await rewriteTable(tx, name, envelope);
  }
}
