/**
 * Version 8: an incident joins its conversations (issue 13).
 * - A new `incidents` table (created by the schema; nothing to copy).
 * - Each conversation gains `incidentId` (none: it was made before incidents), `kind` (the
 *   individual's own), `withWho` (nobody else) and `answers` (none).
 * `incidentId` is indexed, so in a row in the codec's layout it goes in the envelope, readable
 * beside the id; the rest go in the payload. The rows are rewritten under Dexie, in the layout
 * they are stored in, so no row gets a new change stamp: a change of shape is not a change. The
 * same steps bring older rows in backups up to date (storage/backup), so both paths stay identical.
 */
import type { Transaction } from 'dexie';

type Row = Record<string, unknown>;

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The fields version 8 adds to a conversation, with their values for one made before it. */
const V8_CONVERSATION_DEFAULTS = { kind: 'own', withWho: null, answers: {} } as const;

/**
 * Brings a version-7 conversation's fields up to version 8 in place (a plain record, as in a
 * backup); says whether it changed.
 */
export function addV8ConversationDefaults(conversation: Row): boolean {
  let isChanged = false;
  if (!('incidentId' in conversation)) {
    conversation['incidentId'] = null;
    isChanged = true;
  }
  for (const [name, value] of Object.entries(V8_CONVERSATION_DEFAULTS)) {
    if (name in conversation) continue;
    conversation[name] = typeof value === 'object' && value !== null ? {} : value;
    isChanged = true;
  }
  return isChanged;
}

/** A stored row: `incidentId` in the envelope when the row has a payload, the rest inside it. */
function upgradeStoredConversation(stored: Row): boolean {
  const payload = stored['payload'];
  if (!isRow(payload)) return addV8ConversationDefaults(stored);
  const hasIncident = 'incidentId' in stored || 'incidentId' in payload;
  if (!hasIncident) stored['incidentId'] = null;
  // The payload gets the others; it must not hold a second `incidentId`.
  const fields: Row = { ...payload, incidentId: null };
  const isChanged = addV8ConversationDefaults(fields);
  for (const name of Object.keys(V8_CONVERSATION_DEFAULTS)) payload[name] = fields[name];
  return !hasIncident || isChanged;
}

export function upgradeToV8(tx: Transaction): Promise<void> {
  const store = tx.idbtrans.objectStore('conversations');
  return new Promise((resolve, reject) => {
    const request = store.openCursor();
    request.onerror = () => reject(request.error ?? new Error('Version 8 could not read a row'));
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve();
      const stored: unknown = cursor.value;
      // A put that fails aborts the upgrade transaction, so no database is left half upgraded.
      if (isRow(stored) && upgradeStoredConversation(stored)) cursor.update(stored);
      cursor.continue();
    };
  });
}
