import { describe, expect, it } from 'vitest';
import { createV3Database, v3Ids, v3Records } from '../../../tests/fixtures/databases/v3';
import { catalogueSource, smallStarter } from '../../../tests/fixtures/builders';
import { withLaterFields } from '../../../tests/fixtures/databases/later-versions';
import { composeLibrary } from '../../domain/library';
import { labelFor } from '../../domain/labels';
import type { CatalogueLabels } from '../../domain/starter-content';
import { db } from '../database';
import { RestoryDb } from '../db';

const [conversation] = v3Records.conversations;

async function libraryOf(target: RestoryDb) {
  const source = catalogueSource(smallStarter);
  const english = (await source.labels('en')) as CatalogueLabels;
  return composeLibrary(await source.cards(), new Map([['en', english]]), {
    cards: await target.cards.toArray(),
    boards: await target.boards.toArray(),
    overrides: await target.overrides.toArray(),
  });
}

describe('upgrading a version 3 database to the catalogue (version 4)', () => {
  it('keeps every staff change as its own row and drops only the seeded copies', async () => {
    await createV3Database('restory-v3-fixture');
    const upgraded = new RestoryDb('restory-v3-fixture');
    await upgraded.open();
    expect(upgraded.verno).toBeGreaterThanOrEqual(4);

    // The staff-made card and board stay as they were; no seeded row is left.
    expect((await upgraded.cards.toArray()).map((c) => c.id)).toEqual([v3Ids.staffCard]);
    expect((await upgraded.boards.toArray()).map((b) => b.id)).toEqual([v3Ids.staffBoard]);
    // The edited starter card and the deleted one become overrides of the built-in cards.
    expect(await upgraded.overrides.get('feeling-angry')).toEqual({
      id: 'feeling-angry',
      target: 'card',
      labels: { en: 'cross' },
      image: { kind: 'media', mediaId: 'photo-cross' },
      createdAt: 1000,
      updatedAt: 5000,
      stamp: '0000005000-0000-tablet-a',
    });
    expect(await upgraded.overrides.get('starter-friend')).toMatchObject({
      target: 'card',
      hidden: true,
      updatedAt: 4500,
    });
    expect(await upgraded.overrides.count()).toBe(2);
    // Nothing else changes: records, pictures, the log, tombstones, settings but the seed's.
    expect(await upgraded.conversations.get('conv-1')).toEqual(
      withLaterFields('conversations', conversation!),
    );
    expect(await upgraded.people.toArray()).toEqual(
      v3Records.people.map((p) => withLaterFields('people', p)),
    );
    expect((await upgraded.media.toArray()).map((m) => m.id)).toEqual(['photo-cross', 'photo-nan']);
    expect(await upgraded.audit.toArray()).toEqual(v3Records.audit);
    expect(await upgraded.tombstones.count()).toBe(2);
    expect(await upgraded.settings.toArray()).toEqual([{ key: 'takeUpSeconds', value: 20 }]);

    // Every card the conversation uses still shows, with the staff's words where they chose.
    const library = await libraryOf(upgraded);
    const word = (id: string) => labelFor(library.cards.get(id)?.labels ?? {}, 'en');
    expect(word('starter-teacher')).toBe('teacher');
    expect(word('feeling-angry')).toBe('cross');
    expect(library.cards.get('feeling-angry')?.image).toEqual({
      kind: 'media',
      mediaId: 'photo-cross',
    });
    expect(word('starter-friend')).toBe('friend'); // hidden from boards, still readable
    expect(word(v3Ids.staffCard)).toBe('Nan');
    const people = library.boards.find((b) => b.id === 'board-people');
    expect(people?.cardIds).toEqual(['starter-teacher', v3Ids.staffCard]);
    const own = library.boards.find((b) => b.id === v3Ids.staffBoard);
    expect(own?.cardIds).toEqual([v3Ids.staffCard, 'feeling-calm']);
    upgraded.close();
    await upgraded.delete();
  });

  it('runs in the app’s own connection, stamps and all, before the tablet’s clock starts', async () => {
    db.close();
    await db.delete();
    await createV3Database(db.name);
    await db.open();
    expect(await db.overrides.count()).toBe(2);
    expect((await db.cards.toArray()).map((c) => c.id)).toEqual([v3Ids.staffCard]);
  });
});
