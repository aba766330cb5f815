import { describe, expect, it } from 'vitest';
import { DEFAULT_COMMUNICATION, type Person } from '../domain/types';
import { startConversation } from './conversations-repo';
import { db } from './database';
import {
  addPerson,
  archivePerson,
  deletePersonEverywhere,
  ProfileInputError,
  setPersonPhoto,
  setPersonPicture,
  unarchivePerson,
  updateProfile,
} from './people-repo';
import { CONVERSATION_OWNED, PERSON_OWNED } from './person-erase';
import { ACTIVE_TOGETHER_KEY, enterTogether } from './session-repo';

const photo = { bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xd9]), type: 'image/jpeg' };

async function person(id: string): Promise<Person> {
  const found = await db.people.get(id);
  if (!found) throw new Error('missing');
  return found;
}

const profile = {
  displayName: '  Sam ',
  language: 'pl',
  communication: { ...DEFAULT_COMMUNICATION, readsText: true },
  likes: [{ id: 'l1', text: ' football ', image: { kind: 'symbol', symbol: '26BD' } as const }],
  calming: [{ id: 'c1', text: 'music', image: null }],
  feelings: ['feeling-calm', 'feeling-sad', 'feeling-calm', 'feeling-angry'],
};

describe('updateProfile', () => {
  it('saves the whole profile, tidied', async () => {
    const id = await addPerson('Alex');
    await updateProfile(id, profile);
    expect(await person(id)).toMatchObject({
      displayName: 'Sam',
      language: 'pl',
      communication: { readsText: true },
      likes: [{ id: 'l1', text: 'football' }],
      calming: [{ text: 'music' }],
      // Each of their own feelings once, in the order chosen.
      feelings: ['feeling-calm', 'feeling-sad', 'feeling-angry'],
    });
  });

  it('refuses an empty name or an empty card and changes nothing', async () => {
    const id = await addPerson('Alex');
    const before = await person(id);
    await expect(updateProfile(id, { ...profile, displayName: '   ' })).rejects.toEqual(
      new ProfileInputError('name-required'),
    );
    const emptyCard = [{ id: 'x', text: ' ', image: null }];
    await expect(updateProfile(id, { ...profile, calming: emptyCard })).rejects.toBeInstanceOf(
      ProfileInputError,
    );
    expect(await person(id)).toEqual(before);
  });
});

describe('pictures', () => {
  it('stores a photo as bytes owned by the person, and replaces it cleanly', async () => {
    const id = await addPerson('Alex');
    const first = await setPersonPhoto(id, photo);
    // Another realm's Uint8Array under fake-indexeddb, so check the tag rather than instanceof.
    const stored = (await db.media.get(first))?.bytes;
    expect(Object.prototype.toString.call(stored)).toBe('[object Uint8Array]');
    expect((await person(id)).picture).toEqual({ kind: 'media', mediaId: first });

    await setPersonPicture(id, { kind: 'symbol', symbol: '1F9D1' });
    expect(await db.media.count()).toBe(0);
    expect(await db.tombstones.get(first)).toMatchObject({ table: 'media' });
    expect((await person(id)).picture).toEqual({ kind: 'symbol', symbol: '1F9D1' });
  });
});

describe('archive', () => {
  it('archives and brings back', async () => {
    const id = await addPerson('Alex');
    await archivePerson(id);
    expect((await person(id)).archivedAt).toEqual(expect.any(Number));
    await unarchivePerson(id);
    expect((await person(id)).archivedAt).toBeNull();
  });
});

describe('deletePersonEverywhere', () => {
  it('erases the person and all they own, leaves tombstones, and ends Together mode', async () => {
    const id = await addPerson('Alex');
    const other = await addPerson('Kim');
    const conversation = await startConversation(id);
    const kept = await startConversation(other);
    await enterTogether(conversation);
    const mediaId = await setPersonPhoto(id, photo);
    const time = Date.now();
    const drawing = {
      bytes: new Uint8Array([1]),
      type: 'image/png',
      createdAt: time,
      updatedAt: time,
    };
    await db.media.add({ id: 'drawing', ownerId: conversation, ...drawing });
    await db.media.add({ id: 'kims', ownerId: other, ...drawing });

    await deletePersonEverywhere(id);

    expect(await db.people.get(id)).toBeUndefined();
    expect(await db.conversations.where('personId').equals(id).count()).toBe(0);
    expect(await db.media.toArray()).toEqual([expect.objectContaining({ id: 'kims' })]);
    expect(await db.conversations.get(kept)).toBeDefined();
    expect(await db.settings.get(ACTIVE_TOGETHER_KEY)).toBeUndefined();
    const tombstones = await db.tombstones.toArray();
    expect(tombstones.map((t) => t.id).sort()).toEqual(
      [conversation, 'drawing', id, mediaId].sort(),
    );
    for (const t of tombstones)
      expect(Object.keys(t).sort()).toEqual(['deletedAt', 'id', 'stamp', 'table']);
  });

  it('leaves Together mode alone when it belongs to someone else', async () => {
    const id = await addPerson('Alex');
    const kept = await startConversation(await addPerson('Kim'));
    await enterTogether(kept);
    await deletePersonEverywhere(id);
    expect((await db.settings.get(ACTIVE_TOGETHER_KEY))?.value).toBe(kept);
  });

  it('knows every table that points at a person or an owner', () => {
    const listed = new Set([...PERSON_OWNED, ...CONVERSATION_OWNED].map((o) => o.table));
    const pointing = db.tables.filter((table) =>
      table.schema.indexes.some((index) => ['personId', 'ownerId'].includes(index.name)),
    );
    for (const table of pointing) expect(listed).toContain(table.name);
  });
});
