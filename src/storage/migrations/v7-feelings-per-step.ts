/**
 * Version 7: a story step may hold several feelings, and each person has feelings of their own.
 * - Each feeling of a conversation gains an `id`. An older one takes its step's id: a step held
 *   one feeling, so it is unique, and every tablet that upgrades the same record gives the same.
 * - A conversation gains `feelingsFrameId`, the story step open on "How did it feel?" (none yet).
 * - A person gains `feelings`, their own feeling cards (none chosen yet).
 * No index changes. The rows are rewritten under Dexie, in the layout they are stored in (the
 * codec's payload, or a plain row from before it), so no row gets a new change stamp: a change of
 * shape is not a change, and must not win a merge or replicate. The same steps bring older rows
 * in backups up to date (storage/backup), so both paths stay identical.
 */
import type { Transaction } from 'dexie';

type Row = Record<string, unknown>;

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Longest id a record holds (record-kit.ts when version 7 shipped), frozen here. */
const MAX_ID = 200;

/**
 * Gives each feeling without an id its step's id (made unique, should a step hold two); says
 * whether any was given.
 */
function addFeelingIds(feelings: unknown[]): boolean {
  const taken = new Set(feelings.flatMap((f) => (isRow(f) && 'id' in f ? [f['id']] : [])));
  let isChanged = false;
  for (const feeling of feelings) {
    if (!isRow(feeling) || 'id' in feeling || typeof feeling['frameId'] !== 'string') continue;
    let id = feeling['frameId'];
    for (let n = 2; taken.has(id); n += 1) id = `${feeling['frameId'].slice(0, MAX_ID - 8)}-${n}`;
    taken.add(id);
    feeling['id'] = id;
    isChanged = true;
  }
  return isChanged;
}

/** Brings a version-6 conversation's fields up to version 7 in place; says whether it changed. */
export function addV7ConversationDefaults(conversation: Row): boolean {
  const hasOpenStep = 'feelingsFrameId' in conversation;
  if (!hasOpenStep) conversation['feelingsFrameId'] = null;
  const feelings = conversation['feelings'];
  const hasNewIds = Array.isArray(feelings) && addFeelingIds(feelings);
  return !hasOpenStep || hasNewIds;
}

/** Brings a version-6 person's fields up to version 7 in place; says whether it changed. */
export function addV7PersonDefaults(person: Row): boolean {
  if ('feelings' in person) return false;
  person['feelings'] = [];
  return true;
}

/** Changes each stored row's fields (inside the payload when it has one) and writes back the changed. */
function rewriteRows(store: IDBObjectStore, change: (fields: Row) => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = store.openCursor();
    request.onerror = () => reject(request.error ?? new Error('Version 7 could not read a row'));
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve();
      const stored: unknown = cursor.value;
      if (isRow(stored)) {
        const payload = stored['payload'];
        // A put that fails aborts the upgrade transaction, so no database is left half upgraded.
        if (change(isRow(payload) ? payload : stored)) cursor.update(stored);
      }
      cursor.continue();
    };
  });
}

export async function upgradeToV7(tx: Transaction): Promise<void> {
  await rewriteRows(tx.idbtrans.objectStore('conversations'), addV7ConversationDefaults);
  await rewriteRows(tx.idbtrans.objectStore('people'), addV7PersonDefaults);
}
