/**
 * The codec seam: how a record is laid out in IndexedDB. Every record is stored as an envelope —
 * the fields that must stay readable (id, foreign keys, status, dates, revision, the sync stamp),
 * which are the only ones an index may use — plus one `payload` field holding everything else.
 * Without protection the payload is the plain fields; with "Protect with a passcode" on it is
 * sealed (record-cipher.ts), and nothing above storage notices. The Dexie middleware that applies it to
 * every read and write is `codec-middleware.ts`.
 *
 * A stored row without a `payload` field was written before the codec (or has nothing outside its
 * envelope, like a tombstone) and is read as it is, so no database needs rewriting to be read.
 */

type Row = Record<string, unknown>;

/** Persisted field name: never rename without a migration. */
export const PAYLOAD_FIELD = 'payload';

/**
 * Per table, the fields kept readable outside the payload. Persisted layout: moving a field out
 * of an envelope is safe to read (rows are merged back whole), but an index on a field that is
 * not listed here finds nothing — db.test.ts fails when one is added. Adding personal text here
 * would leave it unencrypted: it never belongs in an envelope.
 */
const ENVELOPES: ReadonlyMap<string, readonly string[]> = new Map([
  ['people', ['id', 'archivedAt', 'createdAt', 'updatedAt', 'stamp']],
  ['cards', ['id', 'boardId', 'kind', 'origin', 'createdAt', 'updatedAt', 'stamp']],
  ['boards', ['id', 'order', 'personId', 'origin', 'createdAt', 'updatedAt', 'stamp']],
  [
    'conversations',
    [
      'id',
      'personId',
      'incidentId',
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
  ],
  // The bytes of a photo, drawing or sound are personal: they live in the payload.
  ['media', ['id', 'ownerId', 'type', 'createdAt', 'updatedAt', 'stamp']],
  ['settings', ['key']],
  // A tombstone is nothing but envelope: an id, a table, a time and a stamp.
  ['tombstones', ['id', 'table', 'deletedAt', 'stamp']],
  // The actor (a staff member's name) is personal: payload.
  ['audit', ['id', 'at', 'action', 'subject', 'recordId', 'personId']],
  ['overrides', ['id', 'target', 'createdAt', 'updatedAt', 'stamp']],
  // Where, what happened and who was involved are personal: payload.
  ['incidents', ['id', 'personId', 'createdAt', 'updatedAt', 'stamp']],
  // What the plan says, its versions' reasons and who it went to are personal: payload.
  ['plans', ['id', 'personId', 'createdAt', 'updatedAt', 'stamp']],
  // A story's words, pictures and values are personal: payload.
  ['stories', ['id', 'personId', 'conversationId', 'createdAt', 'updatedAt', 'stamp']],
]);

/** The tables with an envelope of their own; any other table keeps only its primary key. */
export function tablesWithEnvelope(): readonly string[] {
  return [...ENVELOPES.keys()];
}

/**
 * The readable fields of a row of `table`: its listed envelope plus its primary key. A table
 * nobody listed is closed by default — only the key stays readable.
 */
export function envelopeFields(table: string, primaryKey: readonly string[] = []): Set<string> {
  return new Set([...(ENVELOPES.get(table) ?? []), ...primaryKey]);
}

/**
 * What turns the payload fields into what is stored, and back. `open` answers undefined for
 * something it did not make, so that row is read as it is stored.
 *
 * Synchronous on purpose: a cursor's value is read synchronously, and awaiting anything but
 * IndexedDB inside a transaction (WebCrypto included) lets the transaction commit early. The
 * AES-GCM work happens outside transactions (record-cipher.ts, transaction-plans.ts).
 */
export interface PayloadCipher {
  /**
   * `where` names the record (its table and primary key) and `transaction` the IndexedDB
   * transaction writing it, so a cipher can use what was sealed for it before the transaction.
   */
  seal(fields: Row, where?: RecordPlace, transaction?: unknown): unknown;
  /**
   * `where` names the record the payload was read from (its table and primary key), so a cipher
   * can refuse a payload that belongs to another record.
   */
  open(sealed: unknown, where?: RecordPlace, transaction?: unknown): Row | undefined;
}

/** Which record a stored payload was read from. */
export interface RecordPlace {
  readonly table: string;
  readonly key: string;
}

export function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Today's cipher: the payload is the fields themselves. */
export const IDENTITY_CIPHER: PayloadCipher = {
  seal: (fields) => fields,
  open: (sealed) => (isRow(sealed) ? sealed : undefined),
};

/** The stored form of `row`: its envelope fields at the top, everything else sealed in `payload`. */
export function encodeRecord(
  table: string,
  row: unknown,
  primaryKey: readonly string[] = [],
  cipher: PayloadCipher = IDENTITY_CIPHER,
  transaction?: unknown,
): unknown {
  if (!isRow(row)) return row;
  const envelope = envelopeFields(table, primaryKey);
  const stored: Row = {};
  const fields: Row = {};
  for (const [name, value] of Object.entries(row)) {
    if (envelope.has(name)) stored[name] = value;
    else fields[name] = value;
  }
  if (Object.keys(fields).length > 0) {
    const where = { table, key: primaryKey.map((field) => String(row[field])).join('/') };
    stored[PAYLOAD_FIELD] = cipher.seal(fields, where, transaction);
  }
  return stored;
}

/** The plain record a stored row holds; a row without a payload (legacy) comes back as it is. */
export function decodeRecord(
  stored: unknown,
  cipher: PayloadCipher = IDENTITY_CIPHER,
  where?: (row: Row) => RecordPlace,
  transaction?: unknown,
): unknown {
  if (!isRow(stored) || !Object.hasOwn(stored, PAYLOAD_FIELD)) return stored;
  const { [PAYLOAD_FIELD]: sealed, ...envelope } = stored;
  const fields = cipher.open(sealed, where?.(stored), transaction);
  // The payload is the authority for what it holds (once encrypted, it is also authenticated).
  return fields === undefined ? stored : { ...envelope, ...fields };
}
