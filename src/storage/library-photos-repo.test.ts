import { describe, expect, it } from 'vitest';
import { db } from './database';
import { addPhotoCard, type NewPhotoCard } from './library-photos-repo';
import { addPerson, deletePersonEverywhere } from './people-repo';

const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xd9]);
const photo = (changes: Partial<NewPhotoCard> = {}): NewPhotoCard => ({
  personId: null,
  labels: { en: ' classroom ', pl: '' },
  bytes: jpeg,
  type: 'image/jpeg',
  boardLabels: { en: 'Photos' },
  ...changes,
});

describe('addPhotoCard', () => {
  it('puts a photo for everyone on the shared Photos board, made once, with its picture', async () => {
    const first = await addPhotoCard(photo());
    await addPhotoCard(photo({ labels: { en: 'Mr Khan' } }));
    const boards = await db.boards.toArray();
    expect(boards.map((b) => [b.id, b.labels, b.personId])).toEqual([
      ['board-photos', { en: 'Photos' }, undefined],
    ]);
    const card = await db.cards.get(first);
    expect(card).toMatchObject({ boardId: 'board-photos', labels: { en: 'classroom' } });
    const mediaId = card?.image.kind === 'media' ? card.image.mediaId : '';
    expect(await db.media.get(mediaId)).toMatchObject({ ownerId: null, type: 'image/jpeg' });
  });

  it('puts a photo of a person on their own board, erased with them', async () => {
    const personId = await addPerson('Jo');
    const cardId = await addPhotoCard(photo({ personId, labels: { en: 'Jo at the park' } }));
    expect(await db.boards.get(`board-photos-${personId}`)).toMatchObject({ personId });
    const card = await db.cards.get(cardId);
    const mediaId = card?.image.kind === 'media' ? card.image.mediaId : '';
    expect(await db.media.get(mediaId)).toMatchObject({ ownerId: personId });

    await deletePersonEverywhere(personId);
    expect(await db.cards.get(cardId)).toBeUndefined();
    expect(await db.media.get(mediaId)).toBeUndefined();
    expect(await db.boards.get(`board-photos-${personId}`)).toBeUndefined();
  });

  it('stores nothing for a card without a word', async () => {
    await expect(addPhotoCard(photo({ labels: { en: '  ' } }))).rejects.toThrow();
    expect(await db.media.count()).toBe(0);
    expect(await db.boards.count()).toBe(0);
  });
});
