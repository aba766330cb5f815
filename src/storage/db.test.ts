import { describe, expect, it } from 'vitest';
import { db, isDatabaseStored } from './database';
import { envelopeFields } from './codec';
import { DB_NAME } from './db';

type KeyPath = string | string[] | undefined;

/** The top-level fields a key path reads. */
const fieldsOf = (keyPath: KeyPath) =>
  (Array.isArray(keyPath) ? keyPath : [keyPath ?? '']).map((path) => path.split('.')[0] ?? path);

/**
 * Every indexed field of `table` that the codec does not keep readable: not in its envelope and
 * not its primary key (which the codec always keeps), as codec-middleware.ts decides.
 */
function indexedOutsideEnvelope(table: string, primaryKey: KeyPath, indexes: readonly KeyPath[]) {
  const envelope = envelopeFields(table, fieldsOf(primaryKey));
  return indexes
    .flatMap(fieldsOf)
    .filter((field) => !envelope.has(field))
    .map((field) => `${table}.${field}`);
}

describe('the database schema', () => {
  it('opens the latest version with every table the domain needs', () => {
    expect(db.name).toBe(DB_NAME);
    expect(db.verno).toBeGreaterThanOrEqual(5);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'audit',
      'boards',
      'cards',
      'conversations',
      'incidents',
      'media',
      'overrides',
      'people',
      'plans',
      'setAside',
      'settings',
      'stories',
      'tombstones',
    ]);
  });

  it('indexes ids, dates and statuses only — never personal text', () => {
    // The envelope a record keeps readable when its payload is encrypted. A new index must be
    // one of these; an index on anything else (a name, a label, a caption) fails here.
    const ENVELOPE = new Set([
      'id',
      'key',
      'personId',
      'ownerId',
      'boardId',
      'recordId',
      'incidentId',
      'conversationId',
      'status',
      'order',
      'at',
      'createdAt',
      'updatedAt',
      'deletedAt',
    ]);
    const indexed = db.tables.flatMap((table) =>
      [table.schema.primKey, ...table.schema.indexes].map((index) => `${table.name}.${index.name}`),
    );
    expect(indexed.length).toBeGreaterThan(8);
    expect(indexed.filter((name) => !ENVELOPE.has(name.split('.')[1] ?? ''))).toEqual([]);
  });

  it('indexes only fields its table keeps readable outside the payload (codec.ts)', () => {
    // An index on a payload field would find nothing once the payload is sealed: the field must
    // join the envelope first, and personal text never may.
    const outside = db.tables.flatMap(({ name, schema }) =>
      indexedOutsideEnvelope(
        name,
        schema.primKey.keyPath,
        schema.indexes.map((index) => index.keyPath),
      ),
    );
    expect(outside).toEqual([]);
    // The check bites: a name, or anything but the key of a table without an envelope of its own.
    expect(indexedOutsideEnvelope('people', 'id', ['displayName'])).toEqual(['people.displayName']);
    expect(indexedOutsideEnvelope('mystery', 'id', ['id', 'updatedAt'])).toEqual([
      'mystery.updatedAt',
    ]);
  });

  it('stores picture bytes as bytes, with their type', async () => {
    const bytes = new Uint8Array([137, 80, 78, 71]);
    await db.media.add({
      id: 'm1',
      ownerId: null,
      type: 'image/png',
      bytes,
      createdAt: 1,
      updatedAt: 1,
    });
    const stored = await db.media.get('m1');
    expect(stored?.type).toBe('image/png');
    expect(Array.from(stored?.bytes ?? [])).toEqual([137, 80, 78, 71]);
  });
});

describe('whether this browser holds the database yet', () => {
  it('is no before the first visit opens it, and yes once it has', async () => {
    db.close();
    await db.delete();
    expect(await isDatabaseStored()).toBe(false);
    await db.open();
    expect(await isDatabaseStored()).toBe(true);
  });

  it('is yes where the browser cannot list its databases', async () => {
    const listing = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(indexedDB), 'databases');
    Object.defineProperty(indexedDB, 'databases', { value: undefined, configurable: true });
    try {
      db.close();
      await db.delete();
      expect(await isDatabaseStored()).toBe(true);
    } finally {
      Reflect.deleteProperty(indexedDB, 'databases');
      expect(
        Object.getOwnPropertyDescriptor(Object.getPrototypeOf(indexedDB), 'databases'),
      ).toEqual(listing);
      await db.open();
    }
  });
});
