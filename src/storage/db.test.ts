import { describe, expect, it } from 'vitest';
import { db } from './database';
import { DB_NAME } from './db';

describe('the database schema', () => {
  it('opens the latest version with every table the domain needs', () => {
    expect(db.name).toBe(DB_NAME);
    expect(db.verno).toBe(3);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'audit',
      'boards',
      'cards',
      'conversations',
      'media',
      'people',
      'settings',
      'tombstones',
    ]);
  });

  it('indexes ids, dates and statuses only — never personal text', () => {
    const personal = ['displayName', 'labels', 'caption', 'story', 'bytes', 'name'];
    for (const table of db.tables) {
      const indexed = [table.schema.primKey.name, ...table.schema.indexes.map((i) => i.name)];
      expect(
        indexed.filter((name) => personal.includes(name)),
        table.name,
      ).toEqual([]);
    }
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
