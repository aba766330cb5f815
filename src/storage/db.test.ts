import { describe, expect, it } from 'vitest';
import { db } from './database';
import { DB_NAME } from './db';

describe('the database schema', () => {
  it('opens the latest version with every table the domain needs', () => {
    expect(db.name).toBe(DB_NAME);
    expect(db.verno).toBeGreaterThanOrEqual(4);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'audit',
      'boards',
      'cards',
      'conversations',
      'media',
      'overrides',
      'people',
      'settings',
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
