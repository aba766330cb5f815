import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { startConversationAt, withSmallCatalogue } from '../../../tests/fixtures/builders';
import { makeMedia } from '../../../tests/fixtures/backup';
import { v3Ids, v3Records } from '../../../tests/fixtures/databases/v3';
import { applyStoryChange } from '../conversations-repo';
import { db } from '../database';
import { addPerson } from '../people-repo';
import { exportBackup } from './export-backup';
import { applyBackup, readBackup } from './restore-backup';

/** The v3 tables a backup carries (the activity log stays on its tablet). */
const { people, cards, boards, conversations, settings, tombstones, media } = v3Records;
const records = { people, cards, boards, conversations, settings, tombstones };

/** A backup as version 3 wrote it: the seeded starter rows travel with the staff's own. */
function v3Backup(scope: 'all' | { personId: string } = 'all'): Uint8Array {
  const json = {
    format: 'restory-backup',
    formatVersion: 1,
    schemaVersion: 3,
    createdAt: 6000,
    scope,
    tables: {
      ...records,
      media: media.map(({ bytes, ...meta }) => ({ ...meta, size: bytes.byteLength })),
    },
  };
  return zipSync({
    'backup.json': strToU8(JSON.stringify(json)),
    ...Object.fromEntries(media.map((m) => [`media/${m.id}`, m.bytes])),
  });
}

function tablesOf(zip: Uint8Array): Record<string, { id: string }[]> {
  const json = new TextDecoder().decode(unzipSync(zip)['backup.json']);
  return (JSON.parse(json) as { tables: Record<string, { id: string }[]> }).tables;
}

const crossOverride = {
  id: 'feeling-angry',
  target: 'card' as const,
  labels: { en: 'cross' },
  image: { kind: 'media' as const, mediaId: 'photo-cross' },
  createdAt: 1000,
  updatedAt: 5000,
};

describe('backups and the catalogue', () => {
  it('restores a backup made before the catalogue, keeping what the migration keeps', async () => {
    await applyBackup(await readBackup(v3Backup()), 'replace');
    expect((await db.cards.toArray()).map((c) => c.id)).toEqual([v3Ids.staffCard]);
    expect((await db.boards.toArray()).map((b) => b.id)).toEqual([v3Ids.staffBoard]);
    expect(await db.overrides.get('feeling-angry')).toMatchObject({
      labels: { en: 'cross' },
      image: { kind: 'media', mediaId: 'photo-cross' },
    });
    expect(await db.overrides.get('starter-friend')).toMatchObject({ hidden: true });
    expect(await db.conversations.get('conv-1')).toMatchObject({
      story: v3Records.conversations[0]?.story,
      feelings: v3Records.conversations[0]?.feelings,
    });
  });

  it('merges a backup made before the catalogue without adding a built-in card as a row', async () => {
    await applyBackup(await readBackup(v3Backup({ personId: 'person-1' })), 'merge');
    expect(await db.cards.count()).toBe(1);
    expect(await db.overrides.count()).toBe(2);
  });

  it('carries only what staff made or changed, never the built-in cards', async () => {
    withSmallCatalogue();
    await db.media.add(makeMedia('photo-cross', null));
    await db.overrides.add(crossOverride);
    const tables = tablesOf(await exportBackup());
    expect(tables['cards']).toEqual([]);
    expect(tables['boards']).toEqual([]);
    expect(tables['overrides']?.map((o) => o.id)).toEqual(['feeling-angry']);

    await applyBackup(await readBackup(await exportBackup()), 'replace');
    expect(await db.overrides.get('feeling-angry')).toMatchObject(crossOverride);
  });

  it('carries a built-in card’s staff changes and picture in one person’s backup', async () => {
    withSmallCatalogue();
    const personId = await addPerson('Sam');
    const conversationId = await startConversationAt(personId);
    const frameId = (await db.conversations.get(conversationId))?.story[0]?.id ?? '';
    await applyStoryChange(conversationId, {
      type: 'place',
      placementId: 'p1',
      cardId: 'feeling-angry',
      frameId,
    });
    await db.media.add(makeMedia('photo-cross', null));
    await db.overrides.bulkAdd([crossOverride, { ...crossOverride, id: 'feeling-calm' }]);
    const tables = tablesOf(await exportBackup({ personId }));
    expect(tables['overrides']?.map((o) => o.id)).toEqual(['feeling-angry']);
    expect(tables['media']?.map((m) => m.id)).toEqual(['photo-cross']);
  });

  it('refuses a file whose card or override points at a picture it lacks, changing nothing', async () => {
    const file = (tables: object) =>
      zipSync({
        'backup.json': strToU8(
          JSON.stringify({
            format: 'restory-backup',
            formatVersion: 1,
            schemaVersion: 4,
            createdAt: 6000,
            scope: 'all',
            tables: { ...records, cards: [], boards: [], overrides: [], media: [], ...tables },
          }),
        ),
      });
    const staffCard = records.cards.find((c) => c.id === v3Ids.staffCard);
    await expect(readBackup(file({ cards: [staffCard] }))).rejects.toThrow(/picture missing/);
    await expect(readBackup(file({ overrides: [crossOverride] }))).rejects.toThrow(
      /picture missing/,
    );
    await expect(readBackup(file({}))).resolves.toBeDefined();
    expect(await db.cards.count()).toBe(0);
  });
});
