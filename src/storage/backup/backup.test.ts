import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { formatStamp, ZERO_CLOCK } from '../../domain/hlc';
import {
  allTablesJson,
  makeCard,
  makeMedia,
  seedBackupData,
  wipeDatabase,
} from '../../../tests/fixtures/backup';
import { v1Records } from '../../../tests/fixtures/databases/v1';
import { v2Records } from '../../../tests/fixtures/databases/v2';
import { v6Records } from '../../../tests/fixtures/databases/v6';
import { db } from '../database';
import { DEVICE_ID_KEY } from '../stamp-hooks';
import { deletePersonEverywhere } from '../person-erase';
import { exportBackup } from './export-backup';
import { readRestoreSnapshot } from './restore-snapshot';
import { applyBackup, readBackup, undoLastRestore } from './restore-backup';
import { V8_CONVERSATION_FIELDS } from '../../../tests/fixtures/databases/later-versions';

/** Device state a backup never carries: the open Together conversation and this tablet's id. */
const withoutDeviceSettings = (json: string) =>
  json
    .replace(/\{"key":"activeTogether","value":"conv-sam"\},?/, '')
    .replace(/\{"key":"deviceId","value":"[^"]*"\},?/, '')
    .replace(',]', ']');

describe('backup and restore', () => {
  it('restores every table exactly after a wipe (replace), pictures included', async () => {
    await seedBackupData();
    const before = withoutDeviceSettings(await allTablesJson({ isAuditLeftOut: true }));
    const progress: number[] = [];
    const bytes = await exportBackup({
      onProgress: ({ done, total }) => progress.push(done / total),
    });
    expect(progress.at(-1)).toBe(1);

    await wipeDatabase();
    const backup = await readBackup(bytes);
    expect(backup.summary).toMatchObject({ isWholeBackup: true, peopleNames: ['Lina', 'Sam'] });
    await applyBackup(backup, 'replace');

    await db.settings.delete('restoreSnapshot');
    expect(await allTablesJson({ isAuditLeftOut: true })).toBe(before);
    expect((await db.audit.toArray()).map((e) => e.action)).toEqual(['restored']);
    expect(Array.from((await db.media.get('photo-lina'))?.bytes ?? [])).toEqual(
      Array.from(makeMedia('photo-lina', null, 300).bytes),
    );
  });

  it('keeps a snapshot before replacing, and undo puts everything back', async () => {
    await seedBackupData();
    const bytes = await exportBackup();
    await db.people.update('person-sam', { displayName: 'Samuel', updatedAt: 999 });
    await db.settings.delete('activeTogether');
    const changed = await allTablesJson({ isAuditLeftOut: true });

    await applyBackup(await readBackup(bytes), 'replace');
    expect((await db.people.get('person-sam'))?.displayName).toBe('Sam');
    expect(await readRestoreSnapshot()).toBeDefined();

    await undoLastRestore();
    expect(await allTablesJson({ isAuditLeftOut: true })).toBe(changed);
    // The log keeps its own history through a restore and its undo.
    const actions = (await db.audit.orderBy('at').toArray()).map((e) => e.action);
    expect(actions).toEqual(['exported', 'restored', 'restored']);
    await expect(undoLastRestore()).rejects.toMatchObject({ reason: 'no-snapshot' });
  });

  it("never carries this tablet's id, and a restore keeps it", async () => {
    await seedBackupData();
    const here = (await db.settings.get(DEVICE_ID_KEY))?.value;
    expect(typeof here).toBe('string');
    const bytes = await exportBackup();
    const { rows } = await readBackup(bytes);
    expect(rows.settings.map((s) => s.key)).not.toContain(DEVICE_ID_KEY);
    // A backup from another tablet, replacing everything here.
    await db.settings.put({ key: DEVICE_ID_KEY, value: 'another-tablet' });
    await applyBackup(await readBackup(await exportBackup()), 'replace');
    expect((await db.settings.get(DEVICE_ID_KEY))?.value).toBe('another-tablet');
  });

  it('takes the undo snapshot again when a change lands while it is made, so undo loses nothing', async () => {
    await seedBackupData();
    const bytes = await exportBackup();
    const transaction = db.transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
    let isChangedMeanwhile = false;
    // Between the snapshot (read before) and the replace (written after), another tab renames Sam.
    vi.spyOn(db, 'transaction').mockImplementation(((...args: unknown[]) => {
      if (args[0] !== 'rw' || isChangedMeanwhile) return transaction(...args);
      isChangedMeanwhile = true;
      return db.people
        .update('person-sam', { displayName: 'Sam B' })
        .then(() => transaction(...args));
    }) as never);

    await applyBackup(await readBackup(bytes), 'replace');
    vi.restoreAllMocks();
    expect(isChangedMeanwhile).toBe(true);
    expect((await db.people.get('person-sam'))?.displayName).toBe('Sam');
    await undoLastRestore();
    expect((await db.people.get('person-sam'))?.displayName).toBe('Sam B');
  });

  it('forgets the snapshot when a person is erased, so nothing of them stays behind', async () => {
    await seedBackupData();
    await applyBackup(await readBackup(await exportBackup()), 'replace');
    expect(await readRestoreSnapshot()).toBeDefined();
    await deletePersonEverywhere('person-sam');
    expect(await readRestoreSnapshot()).toBeUndefined();
  });

  it('merges: newer records win, older ones stay, tombstones win over older records', async () => {
    await seedBackupData();
    await db.cards.add(makeCard('card-deleted-later', 'board-1', 10));
    const bytes = await exportBackup();
    // After the backup: Sam is renamed here (newer), Lina is deleted here, a card is deleted.
    await db.people.update('person-sam', { displayName: 'Samuel', updatedAt: 999 });
    await db.people.delete('person-lina');
    await db.tombstones.add({ id: 'person-lina', table: 'people', deletedAt: 1000 });
    await db.cards.delete('card-deleted-later');
    await db.tombstones.add({ id: 'card-deleted-later', table: 'cards', deletedAt: 1000 });
    // card-a was last changed here long before the backup was made (on another tablet, whose
    // stamp orders it), so the backup's card is the newer one.
    await db.cards.update('card-a', {
      updatedAt: 1,
      stamp: formatStamp(ZERO_CLOCK, 'other-tablet'),
    });
    await db.settings.put({ key: 'takeUpSeconds', value: 45 });

    const changed = await applyBackup(await readBackup(bytes), 'merge');

    expect(changed).toBe(1);
    expect((await db.people.get('person-sam'))?.displayName).toBe('Samuel');
    expect(await db.people.get('person-lina')).toBeUndefined();
    expect(await db.cards.get('card-deleted-later')).toBeUndefined();
    expect((await db.cards.get('card-a'))?.updatedAt).toBe(10);
    expect((await db.settings.get('takeUpSeconds'))?.value).toBe(45);
  });

  it("applies a backup's tombstones to older records on this tablet", async () => {
    await seedBackupData();
    await deletePersonEverywhere('person-lina');
    const deletedAt = (await db.tombstones.get('person-lina'))?.deletedAt;
    const bytes = await exportBackup();
    await wipeDatabase();
    await seedBackupData();
    // This tablet's Lina was last changed before the deletion in the backup.
    await db.people.update('person-lina', { stamp: formatStamp(ZERO_CLOCK, 'other-tablet') });

    await applyBackup(await readBackup(bytes), 'merge');
    expect(await db.people.get('person-lina')).toBeUndefined();
    expect(await db.tombstones.get('person-lina')).toMatchObject({ table: 'people', deletedAt });
  });

  it('backs up one person with their conversations, cards, board and pictures only', async () => {
    await seedBackupData();
    const bytes = await exportBackup({ personId: 'person-sam' });
    const { rows, summary } = await readBackup(bytes);
    expect(summary).toMatchObject({ isWholeBackup: false, peopleNames: ['Sam'] });
    expect(rows.conversations.map((c) => c.id)).toEqual(['conv-sam']);
    expect(rows.cards.map((c) => c.id)).toEqual(['card-a']);
    expect(rows.boards).toMatchObject([{ id: 'board-1', cardIds: ['card-a'] }]);
    expect(rows.media.map((m) => m.id)).toEqual(['photo-sam']);
    expect(rows.settings).toEqual([]);

    await wipeDatabase();
    await applyBackup(await readBackup(bytes), 'merge');
    expect(await db.people.count()).toBe(1);
    expect(await db.media.get('photo-sam')).toMatchObject({ ownerId: 'person-sam' });
  });

  it('restores a backup made by version 1, filling in the newer fields', async () => {
    const { media, ...records } = v1Records;
    const tables = {
      ...records,
      media: media.map(({ bytes, ...meta }) => ({ ...meta, size: bytes.byteLength })),
    };
    const json = {
      format: 'restory-backup',
      formatVersion: 1,
      schemaVersion: 1,
      createdAt: 5,
      scope: 'all',
      tables,
    };
    const zip = zipSync({
      'backup.json': strToU8(JSON.stringify(json)),
      ...Object.fromEntries(media.map((m) => [`media/${m.id}`, m.bytes])),
    });

    await applyBackup(await readBackup(zip), 'replace');

    expect(await db.people.get('person-1')).toMatchObject({
      displayName: 'Sam',
      picture: null,
      likes: [],
      archivedAt: null,
      communication: { symbols: true },
    });
    expect(await db.conversations.get('conv-1')).toMatchObject({
      preparation: null,
      readiness: {},
      startedAt: 3000,
      isOnBreak: false,
    });
    expect(Array.from((await db.media.get('m1'))?.bytes ?? [])).toEqual([255, 216, 255, 224]);
  });

  it('restores a backup made by version 2, giving its conversations the rest of Together', async () => {
    const { media, ...records } = v2Records;
    const json = {
      format: 'restory-backup',
      formatVersion: 1,
      schemaVersion: 2,
      createdAt: 5,
      scope: 'all',
      tables: {
        ...records,
        media: media.map(({ bytes, ...meta }) => ({ ...meta, size: bytes.byteLength })),
      },
    };
    const zip = zipSync({
      'backup.json': strToU8(JSON.stringify(json)),
      ...Object.fromEntries(media.map((m) => [`media/${m.id}`, m.bytes])),
    });

    await applyBackup(await readBackup(zip), 'replace');

    const restored = await db.conversations.get('conv-1');
    expect(restored).toMatchObject({
      step: 'what-happened',
      isOnBreak: true,
      preparation: { staffNote: 'Plates dropped; Sam left the room.' },
      welcome: { ways: [], isThirdPersonJoining: null, isCalmFirst: null },
      feelings: [],
      affected: [],
      positive: null,
      staffNotes: '',
    });
    expect(restored?.story[0]?.placements.map((p) => p.bubbles)).toEqual([[], []]);
    // A row from before change stamps gets one as it is written here.
    expect(await db.people.get('person-1')).toEqual({
      ...v2Records.people[0],
      feelings: [],
      stamp: expect.any(String) as string,
    });
  });

  it('restores a backup made by version 6, one feeling per step, giving each feeling an id', async () => {
    const { media, ...records } = v6Records;
    const json = {
      format: 'restory-backup',
      formatVersion: 1,
      schemaVersion: 6,
      createdAt: 5,
      scope: 'all',
      tables: {
        ...records,
        cards: [],
        boards: [],
        overrides: [],
        tombstones: [],
        media: media.map(({ bytes, ...meta }) => ({ ...meta, size: bytes.byteLength })),
      },
    };
    const zip = zipSync({
      'backup.json': strToU8(JSON.stringify(json)),
      ...Object.fromEntries(media.map((m) => [`media/${m.id}`, m.bytes])),
    });

    await applyBackup(await readBackup(zip), 'replace');

    const [underWay] = v6Records.conversations;
    expect(await db.conversations.get('conv-1')).toEqual({
      ...underWay,
      // The same ids the version 7 migration gives: each feeling takes its step's.
      feelings: [
        { ...underWay?.feelings[0], id: 'f2' },
        { ...underWay?.feelings[1], id: 'f1' },
      ],
      feelingsFrameId: null,
      ...V8_CONVERSATION_FIELDS,
    });
    expect((await db.people.toArray()).map((p) => p.feelings)).toEqual([[], []]);
    expect((await db.media.get('drawing-1'))?.ownerId).toBe('conv-1');
  });

  it('stores pictures as raw zip entries, not inside the JSON', async () => {
    await seedBackupData();
    const entries = unzipSync(await exportBackup());
    expect(Object.keys(entries).sort()).toEqual([
      'backup.json',
      'media/photo-lina',
      'media/photo-sam',
    ]);
    expect(new TextDecoder().decode(entries['backup.json'])).not.toContain('"bytes"');
  });
});
