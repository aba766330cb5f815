import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { readRawRow, readRawRows, writeRawRow } from '../../tests/fixtures/raw-indexeddb';
import { makeConversation, makePerson } from '../domain/records';
import type { Conversation, Media, Person } from '../domain/types';
import { saveStaffName } from './audit-repo';
import { decodeRecord, encodeRecord, envelopeFields, PAYLOAD_FIELD } from './codec';
import { db } from './database';
import { DB_NAME } from './db';
import { addPerson } from './people-repo';

// Makers, not constants: Dexie's creating hooks stamp the very object they are given.
const sam = (): Person => ({
  ...makePerson('person-1', 'Sam Lee', 'en', 1000),
  likes: [{ id: 'like-1', text: 'trains', image: null }],
});

const lunch = (): Conversation => ({
  ...makeConversation({
    id: 'conv-1',
    personId: 'person-1',
    firstFrameId: 'f1',
    status: 'in-progress',
    time: 2000,
  }),
  story: [{ id: 'f1', caption: 'at lunch', placements: [] }],
  staffNotes: 'Plates dropped',
});

const photo = (): Media => ({
  id: 'media-1',
  ownerId: 'person-1',
  type: 'image/jpeg',
  bytes: new Uint8Array([255, 216, 255, 224]),
  createdAt: 3000,
  updatedAt: 3000,
});

/** The stored row's fields outside its payload, checked to be its table's envelope only. */
function expectEnvelopeOnly(table: string, row: Record<string, unknown> | undefined) {
  const { [PAYLOAD_FIELD]: payload, ...top } = row ?? {};
  expect(Object.keys(top).filter((name) => !envelopeFields(table).has(name))).toEqual([]);
  return { payload, top };
}

const raw = (table: string, key: string) => readRawRow(DB_NAME, table, key);

describe('what IndexedDB holds', () => {
  it('keeps the envelope readable and everything personal in the payload', async () => {
    await db.people.add(sam());
    await db.conversations.add(lunch());
    await db.media.add(photo());

    const person = expectEnvelopeOnly('people', await raw('people', 'person-1'));
    expect(person.top).toMatchObject({ id: 'person-1', archivedAt: null, createdAt: 1000 });
    expect(person.top['stamp']).toEqual(expect.any(String));
    expect(person.payload).toMatchObject({ displayName: 'Sam Lee', likes: sam().likes });
    expect(JSON.stringify(person.top)).not.toMatch(/Sam|trains/);

    const conversation = expectEnvelopeOnly('conversations', await raw('conversations', 'conv-1'));
    expect(conversation.top).toMatchObject({
      id: 'conv-1',
      personId: 'person-1',
      status: 'in-progress',
      step: 'welcome',
      isOnBreak: false,
      revision: 0,
      startedAt: 2000,
    });
    expect(conversation.payload).toMatchObject({
      story: lunch().story,
      staffNotes: 'Plates dropped',
    });
    expect(JSON.stringify(conversation.top)).not.toMatch(/lunch|Plates/);

    const media = expectEnvelopeOnly('media', await raw('media', 'media-1'));
    expect(media.top).toMatchObject({ id: 'media-1', ownerId: 'person-1', type: 'image/jpeg' });
    expect(Array.from((media.payload as { bytes: Uint8Array }).bytes)).toEqual([
      255, 216, 255, 224,
    ]);
  });

  it('keeps the staff name of an activity-log entry in the payload', async () => {
    await saveStaffName('Jo Staff');
    const id = await addPerson('Sam');
    const [entry] = await readRawRows(DB_NAME, 'audit');
    const { payload, top } = expectEnvelopeOnly('audit', entry);
    expect(top).toMatchObject({ action: 'created', subject: 'person', recordId: id, personId: id });
    expect(payload).toEqual({ actor: 'Jo Staff' });
  });

  it('stores a tombstone, which holds nothing personal, without a payload', async () => {
    await db.tombstones.add({ id: 'gone', table: 'people', deletedAt: 5 });
    expect(Object.keys((await raw('tombstones', 'gone')) ?? {}).sort()).toEqual([
      'deletedAt',
      'id',
      'stamp',
      'table',
    ]);
  });
});

describe('reading through Dexie', () => {
  it('gives back the plain record on every read path', async () => {
    await db.people.bulkAdd([
      sam(),
      { ...sam(), id: 'person-2', displayName: 'Kim', updatedAt: 900 },
    ]);
    const plain = await db.people.get('person-1');
    expect(typeof plain?.stamp).toBe('string');
    expect(plain).toEqual({ ...sam(), stamp: plain?.stamp });

    const names = (people: readonly (Person | undefined)[]) => people.map((p) => p?.displayName);
    expect(names(await db.people.bulkGet(['person-2', 'person-1', 'nobody']))).toEqual([
      'Kim',
      'Sam Lee',
      undefined,
    ]);
    expect(names(await db.people.where('id').equals('person-2').toArray())).toEqual(['Kim']);
    expect(names(await db.people.orderBy('updatedAt').toArray())).toEqual(['Kim', 'Sam Lee']);
    expect(names(await db.people.orderBy('updatedAt').reverse().toArray())).toEqual([
      'Sam Lee',
      'Kim',
    ]);
    // A filter and each() read through a cursor.
    expect(names(await db.people.filter((p) => p.displayName === 'Kim').toArray())).toEqual([
      'Kim',
    ]);
    const seen: string[] = [];
    await db.people.each((person) => seen.push(person.displayName));
    expect(seen).toEqual(['Sam Lee', 'Kim']);
    expect(await db.people.toCollection().primaryKeys()).toEqual(['person-1', 'person-2']);
    expect(await db.people.count()).toBe(2);
  });

  it('updates and modifies the plain record, and stores the change in the payload', async () => {
    await db.people.add(sam());
    await db.conversations.add(lunch());
    await db.people.update('person-1', { displayName: 'Sammy' });
    await db.conversations
      .where('personId')
      .equals('person-1')
      .modify((c: { status: string; staffNotes: string }) => {
        c.status = 'completed';
        c.staffNotes += ', then calm';
      });

    expect((await db.people.get('person-1'))?.likes).toEqual(sam().likes);
    expect((await raw('people', 'person-1'))?.[PAYLOAD_FIELD]).toMatchObject({
      displayName: 'Sammy',
    });
    expect(await db.conversations.get('conv-1')).toMatchObject({
      status: 'completed',
      staffNotes: 'Plates dropped, then calm',
      story: lunch().story,
    });
    expect(await raw('conversations', 'conv-1')).toMatchObject({
      status: 'completed',
      [PAYLOAD_FIELD]: { staffNotes: 'Plates dropped, then calm' },
    });
  });

  it('lets a live query see plain records and their changes', async () => {
    await db.people.add(sam());
    const seen: string[][] = [];
    const subscription = liveQuery(() => db.people.toArray()).subscribe((people) =>
      seen.push(people.map((p) => p.displayName)),
    );
    await expect.poll(() => seen).toEqual([['Sam Lee']]);
    await db.people.update('person-1', { displayName: 'Sammy' });
    await expect.poll(() => seen.at(-1)).toEqual(['Sammy']);
    subscription.unsubscribe();
  });

  it('reads a row written before the codec as it is, and writes it back in the new layout', async () => {
    const legacy = { ...sam(), id: 'person-old' };
    await writeRawRow(DB_NAME, 'people', legacy);
    expect(await db.people.get('person-old')).toEqual(legacy);
    expect(await db.people.where('updatedAt').equals(1000).toArray()).toEqual([legacy]);
    const viaCursor: Person[] = [];
    await db.people.each((person) => viaCursor.push(person));
    expect(viaCursor).toEqual([legacy]);

    await db.people.update('person-old', { archivedAt: 7 });
    expect(await db.people.get('person-old')).toMatchObject({ ...legacy, archivedAt: 7 });
    expectEnvelopeOnly('people', await raw('people', 'person-old'));
  });
});

describe('the rest of storage above the codec', () => {
  it('lets the stamp hooks see plain records and stamp every write', async () => {
    const changes: object[] = [];
    const watch = (change: object, _key: unknown, stored: Person) => {
      // Dexie reports every array as changed (a fresh copy), and the stamp hook's own change
      // arrives with the rest; unchanged plain fields are left out, which needs plain records.
      changes.push({ changed: Object.keys(change).sort(), name: stored.displayName, stored });
    };
    db.people.hook('updating', watch);
    try {
      await db.people.add(sam());
      const added = (await raw('people', 'person-1'))?.['stamp'];
      await db.people.update('person-1', { displayName: 'Sammy' });
      const updated = (await raw('people', 'person-1'))?.['stamp'];
      expect(added).toEqual(expect.any(String));
      expect(updated).toEqual(expect.any(String));
      expect(updated).not.toBe(added);
      expect(changes).toEqual([
        {
          changed: ['calming', 'displayName', 'feelings', 'likes', 'stamp'],
          name: 'Sam Lee',
          stored: { ...sam(), stamp: added },
        },
      ]);
    } finally {
      db.people.hook('updating').unsubscribe(watch);
    }
  });

  it('still finds records by their indexes', async () => {
    await db.people.add(sam());
    await db.conversations.bulkAdd([lunch(), { ...lunch(), id: 'conv-2', personId: 'person-2' }]);
    await db.media.add(photo());
    expect(
      (await db.conversations.where('personId').equals('person-1').toArray()).map((c) => c.id),
    ).toEqual(['conv-1']);
    expect(await db.conversations.where('status').equals('in-progress').count()).toBe(2);
    expect((await db.media.where('ownerId').equals('person-1').first())?.type).toBe('image/jpeg');
    expect((await db.people.orderBy('updatedAt').first())?.displayName).toBe('Sam Lee');
  });
});

describe('the codec itself', () => {
  it('keeps only the primary key readable for a table it does not know', () => {
    const row = { id: 'x', target: 'card', name: 'secret', updatedAt: 1 };
    expect(encodeRecord('mystery', row, ['id'])).toEqual({
      id: 'x',
      payload: { target: 'card', name: 'secret', updatedAt: 1 },
    });
  });

  it('round-trips a record that has a field called payload, and leaves its input alone', () => {
    const row = { id: 'p', payload: { kind: 'own' }, displayName: 'Sam' };
    const stored = encodeRecord('people', row);
    expect(row).toEqual({ id: 'p', payload: { kind: 'own' }, displayName: 'Sam' });
    expect(decodeRecord(stored)).toEqual(row);
  });

  it('reads a row whose payload it cannot open as it is stored', () => {
    const odd = { id: 'p', payload: 'not a payload' };
    expect(decodeRecord(odd)).toBe(odd);
    expect(decodeRecord(undefined)).toBeUndefined();
  });
});
