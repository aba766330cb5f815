import { describe, expect, it } from 'vitest';
import type { Card } from '../domain/types';
import { db } from './database';
import { addBoard, changeCard, deleteStaffBoard, deleteStaffCards } from './library-edits-repo';

const bytes = new Uint8Array([1, 2, 3]);

async function staffCard(id: string, boardId: string, changes: Partial<Card> = {}) {
  await db.cards.add({
    id,
    kind: 'symbol',
    boardId,
    labels: { en: id },
    image: { kind: 'media', mediaId: `${id}-photo` },
    origin: 'staff',
    createdAt: 1,
    updatedAt: 1,
    ...changes,
  });
}

async function media(id: string) {
  await db.media.add({ id, ownerId: null, type: 'image/jpeg', bytes, createdAt: 1, updatedAt: 1 });
}

describe('library edits', () => {
  it('deletes a staff card with its picture and recording, leaving tombstones and the board', async () => {
    const boardId = await addBoard({ language: 'en', name: 'Trains', colour: '', personId: null });
    await media('train-photo');
    await media('train-sound');
    await staffCard('train', boardId, { sound: 'train-sound' });
    await db.boards.update(boardId, { cardIds: ['train'] });

    await deleteStaffCards(['train']);

    expect(await db.cards.count()).toBe(0);
    expect(await db.media.count()).toBe(0);
    expect((await db.boards.get(boardId))?.cardIds).toEqual([]);
    expect((await db.tombstones.toArray()).map((t) => [t.id, t.table]).sort()).toEqual([
      ['train', 'cards'],
      ['train-photo', 'media'],
      ['train-sound', 'media'],
    ]);
  });

  it('keeps a picture another card still uses, and never deletes a built-in card', async () => {
    await media('shared-photo');
    await staffCard('one', 'board-x', { image: { kind: 'media', mediaId: 'shared-photo' } });
    await staffCard('two', 'board-x', { image: { kind: 'media', mediaId: 'shared-photo' } });
    await staffCard('built-in', 'board-x', { origin: 'starter' });

    await deleteStaffCards(['one', 'built-in']);

    expect((await db.cards.toArray()).map((c) => c.id).sort()).toEqual(['built-in', 'two']);
    expect(await db.media.get('shared-photo')).toBeDefined();
  });

  it('deletes a staff board with the cards made for it, in one go', async () => {
    const boardId = await addBoard({ language: 'cy', name: 'Bwyd', colour: '', personId: 'p1' });
    await media('apple-photo');
    await staffCard('apple', boardId);
    await staffCard('elsewhere', 'board-other', { image: { kind: 'symbol', symbol: '1F34E' } });

    await deleteStaffBoard(boardId);

    expect(await db.boards.count()).toBe(0);
    expect((await db.cards.toArray()).map((c) => c.id)).toEqual(['elsewhere']);
    expect(await db.media.count()).toBe(0);
  });

  it('gives a staff card new words and a picture in place', async () => {
    await staffCard('bus', 'board-x');
    await changeCard(
      { id: 'bus', origin: 'staff' },
      { en: ' coach ', cy: 'bws' },
      {
        kind: 'symbol',
        symbol: '1F68C',
      },
    );
    expect(await db.cards.get('bus')).toMatchObject({
      labels: { en: 'coach', cy: 'bws' },
      image: { kind: 'symbol', symbol: '1F68C' },
    });
    expect(await db.overrides.count()).toBe(0);
  });
});
