import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { db } from './database';
import { eraseRecords, eraseSettings } from './erase';

const SRC = join(import.meta.dirname, '..');

/** A delete or clear on a Dexie table: `db.x.delete(`, `table.bulkDelete(`, `.table(n).clear(`. */
const DIRECT_DELETE =
  /\b(?:db\.\w+|table)\.(?:delete|bulkDelete|clear)\(|\.table\([^)]*\)\.(?:delete|bulkDelete|clear)\(/;

/** The only places that delete outside the erase path, and why. */
const KNOWN = new Map([
  ['storage/erase.ts', 'the erase path itself'],
  // Applies a deletion that arrives with its own tombstone (and stamp), which is stored as it is.
  ['storage/backup/merge-rows.ts', 'a backup’s tombstone'],
  // "Replace" swaps every table for the backup's, tombstones included; the snapshot can undo it.
  ['storage/backup/restore-backup.ts', 'Replace'],
  // A record the start-up check cannot read moves whole into setAside: kept, so no tombstone.
  ['storage/record-sweep.ts', 'a record set aside'],
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('the erase path', () => {
  it('is the only way records and settings are deleted in the app', () => {
    const found = sourceFiles(SRC).flatMap((file) => {
      const name = relative(SRC, file).split('\\').join('/');
      if (KNOWN.has(name)) return [];
      return readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) => (DIRECT_DELETE.test(line) ? [`${name}:${index + 1}`] : []));
    });
    expect(found).toEqual([]);
    // The pattern finds what it is meant to.
    expect(DIRECT_DELETE.test('await db.media.bulkDelete([...gone]);')).toBe(true);
    expect(DIRECT_DELETE.test('await db.table(table).clear();')).toBe(true);
    expect(DIRECT_DELETE.test('writeQueues.delete(id);')).toBe(false);
  });

  it('leaves a tombstone with id, table, time and stamp for each record, nothing personal', async () => {
    await db.media.add({
      id: 'drawing-1',
      ownerId: 'conversation-1',
      type: 'application/json',
      bytes: new Uint8Array([1]),
      createdAt: 1,
      updatedAt: 1,
    });
    await db.transaction('rw', db.media, db.tombstones, () => eraseRecords('media', ['drawing-1']));
    expect(await db.media.get('drawing-1')).toBeUndefined();
    const tombstone = await db.tombstones.get('drawing-1');
    expect(Object.keys(tombstone ?? {}).sort()).toEqual(['deletedAt', 'id', 'stamp', 'table']);
    expect(tombstone).toMatchObject({ id: 'drawing-1', table: 'media' });
  });

  it('deletes settings, which are this tablet’s own, without a tombstone', async () => {
    await db.settings.put({ key: 'activeTogether', value: 'conversation-1' });
    await eraseSettings(['activeTogether']);
    expect(await db.settings.get('activeTogether')).toBeUndefined();
    expect(await db.tombstones.count()).toBe(0);
  });
});
