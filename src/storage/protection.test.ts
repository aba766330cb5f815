import { describe, expect, it, vi } from 'vitest';
import type { Person } from '../domain/types';
import { readRawRows } from '../../tests/fixtures/raw-indexeddb';
import {
  newDataKey,
  protectStorageForTests,
  sealerWith,
  unprotectStorageForTests,
} from '../../tests/fixtures/protection';
import { saveStaffName } from './audit-repo';
import { applyStoryChange, savePreparation, startConversation } from './conversations-repo';
import { db } from './database';
import { DB_NAME } from './db';
import { envelopeFields, PAYLOAD_FIELD } from './codec';
import { readMediaBytes } from './media-repo';
import { addPerson, setPersonPhoto, setPersonPicture, updateProfile } from './people-repo';
import {
  beginProtection,
  closeRecords,
  isStoppedByLock,
  logUnlessStoppedByLock,
  openRecords,
  protectionState,
  readOpened,
  readProtection,
  saveVault,
  writeTransaction,
} from './protection';
import { convertRecords, endProtection } from './protection-conversion';
import { LockedRecordError, PlainWriteError } from './record-cipher';
import { checkAllWhenDue } from './record-sweep';

const PICTURE = { kind: 'symbol', symbol: '1F68C' } as const;
const PHOTO = Uint8Array.from({ length: 64 }, (_, i) => (i * 37 + 11) % 256);

/** Whether `bytes` occur, in order, anywhere in `haystack`. */
function holdsBytes(haystack: Uint8Array, bytes: Uint8Array): boolean {
  outer: for (let i = 0; i + bytes.length <= haystack.length; i += 1) {
    for (let j = 0; j < bytes.length; j += 1) if (haystack[i + j] !== bytes[j]) continue outer;
    return true;
  }
  return false;
}

/** Every byte IndexedDB holds for the app, table by table: strings as UTF-8, bytes as they are. */
async function everythingStored(): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  const collect = (value: unknown): void => {
    if (ArrayBuffer.isView(value))
      parts.push(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
    else if (typeof value === 'string') parts.push(new TextEncoder().encode(value));
    else if (Array.isArray(value)) value.forEach(collect);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(collect);
  };
  for (const table of db.tables) collect(await readRawRows(DB_NAME, table.name));
  const all = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return all;
}

const text = (words: string) => new TextEncoder().encode(words);

/** Saves the profile with some of it changed, as the profile editor does. */
async function changeProfile(id: string, changes: Partial<Person>): Promise<void> {
  const person = await db.people.get(id);
  if (!person) throw new Error(`No person ${id}`);
  await updateProfile(id, { ...person, ...changes });
}

/**
 * Another tab, unlocked with the same key, renames a person: the row it stores is sealed afresh,
 * so this tab has never opened it.
 */
async function renameInAnotherTab(key: CryptoKey, id: string, displayName: string) {
  const person = await db.people.get(id);
  if (!person) throw new Error(`No person ${id}`);
  const envelope = envelopeFields('people', ['id']);
  const fields = Object.fromEntries(
    Object.entries({ ...person, displayName }).filter(([name]) => !envelope.has(name)),
  );
  const sealed = await sealerWith(key).seal('people', id, fields);
  const stored = Object.fromEntries(Object.entries(person).filter(([name]) => envelope.has(name)));
  // A payload that arrives sealed is stored as it is, as a restore's or another tab's would be.
  await db.people.put({ ...stored, [PAYLOAD_FIELD]: sealed } as unknown as Person);
}

async function aPersonWithEverything(): Promise<{ personId: string; conversationId: string }> {
  await saveStaffName('Jo Staffmember');
  const personId = await addPerson('Sam Testperson');
  await changeProfile(personId, { likes: [{ id: 'l1', text: 'steam trains', image: null }] });
  await setPersonPhoto(personId, { bytes: PHOTO, type: 'image/png' });
  const conversationId = await startConversation(personId);
  await savePreparation(conversationId, { staffNote: 'noisy corridor before lunch' });
  const frameId = (await db.conversations.get(conversationId))?.story[0]?.id ?? '';
  await applyStoryChange(conversationId, {
    type: 'set-caption',
    frameId,
    caption: 'the bus was late',
  });
  return { personId, conversationId };
}

describe('records with "Protect with a passcode" on', () => {
  it('stores no name, note, caption, staff name or photo bytes where IndexedDB can be read', async () => {
    await protectStorageForTests();
    const { personId, conversationId } = await aPersonWithEverything();

    const stored = await everythingStored();
    for (const secret of [
      'Sam Testperson',
      'steam trains',
      'noisy corridor',
      'the bus was late',
      'Jo Staffmember',
    ]) {
      expect(holdsBytes(stored, text(secret)), secret).toBe(false);
    }
    expect(holdsBytes(stored, PHOTO)).toBe(false);

    // The app still reads them all, as before.
    expect((await db.people.get(personId))?.displayName).toBe('Sam Testperson');
    const conversation = await db.conversations.get(conversationId);
    expect(conversation?.preparation?.staffNote).toBe('noisy corridor before lunch');
    expect(conversation?.story[0]?.caption).toBe('the bus was late');
    const person = await db.people.get(personId);
    const mediaId = person?.picture?.kind === 'media' ? person.picture.mediaId : '';
    expect((await readMediaBytes(mediaId))?.bytes).toEqual(PHOTO);
    unprotectStorageForTests();
  });

  it('reads nothing once locked, opens again with the key, and never with another key', async () => {
    const key = await protectStorageForTests();
    const { personId } = await aPersonWithEverything();

    closeRecords();
    expect(protectionState()).toBe('locked');
    await expect(db.people.get(personId)).rejects.toThrow(LockedRecordError);
    await expect(addPerson('Kim')).rejects.toThrow(PlainWriteError);

    await expect(openRecords(sealerWith(await newDataKey()))).rejects.toThrow();
    expect(protectionState()).toBe('locked');
    await expect(db.people.get(personId)).rejects.toThrow(LockedRecordError);

    await openRecords(sealerWith(key));
    expect(protectionState()).toBe('open');
    expect((await db.people.get(personId))?.likes[0]?.text).toBe('steam trains');
    unprotectStorageForTests();
  });

  it('stops the record check quietly when the records lock while it runs, and checks again after', async () => {
    const key = await protectStorageForTests();
    await aPersonWithEverything();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);

    // Staff lock (or the time runs out) while the daily check is reading.
    const checking = readOpened(() => checkAllWhenDue(db));
    closeRecords();
    const stopped = await checking.then(
      () => null,
      (error: unknown) => error,
    );
    expect(isStoppedByLock(stopped)).toBe(true);
    logUnlessStoppedByLock(stopped);
    expect(errors).not.toHaveBeenCalled();
    // Not marked as done, so the check runs in full after the next unlock.
    await openRecords(sealerWith(key));
    expect((await checkAllWhenDue(db))?.checked).toBeGreaterThan(0);

    // A failure while the records are open is still reported.
    const other = new LockedRecordError({ table: 'people', key: 'someone' });
    expect(isStoppedByLock(other)).toBe(false);
    logUnlessStoppedByLock(other);
    expect(errors).toHaveBeenCalledWith(other);
    errors.mockRestore();
    unprotectStorageForTests();
  });

  it('writes again when another tab changed the record between sealing and writing', async () => {
    const key = await protectStorageForTests();
    const personId = await addPerson('Sam');
    const plain = sealerWith(key);
    let isFirstSeal = true;
    closeRecords();
    await openRecords({
      ...plain,
      seal: async (table, id, fields) => {
        if (isFirstSeal) {
          isFirstSeal = false;
          // Another tab renames Sam while this write is being sealed.
          await changeProfile(personId, { displayName: 'Samuel' });
        }
        return plain.seal(table, id, fields);
      },
    });

    await setPersonPicture(personId, PICTURE);
    const person = await db.people.get(personId);
    expect(person?.displayName).toBe('Samuel');
    expect(person?.picture).toEqual(PICTURE);
    unprotectStorageForTests();
  });

  it('opens a record another tab wrote since unlock when it is read or written', async () => {
    const key = await protectStorageForTests();
    const personId = await addPerson('Sam');
    await renameInAnotherTab(key, personId, 'Samuel');

    // A plain read has never opened it; a live query's read (readOpened) opens it.
    await expect(db.people.get(personId)).rejects.toThrow(LockedRecordError);
    expect((await readOpened(() => db.people.get(personId)))?.displayName).toBe('Samuel');

    await renameInAnotherTab(key, personId, 'Sammy');
    // A write reading it opens it too, then plans again: nothing of the other tab's is lost.
    await setPersonPicture(personId, PICTURE);
    const person = await db.people.get(personId);
    expect(person?.displayName).toBe('Sammy');
    expect(person?.picture).toEqual(PICTURE);

    // Locked, nothing opens, even through readOpened.
    closeRecords();
    await expect(readOpened(() => db.people.get(personId))).rejects.toThrow(LockedRecordError);
    unprotectStorageForTests();
  });

  it('makes one record of each id a write makes, however many times it is rehearsed', async () => {
    await protectStorageForTests();
    const personId = await addPerson('Sam');
    const entries = await db.audit.where('recordId').equals(personId).toArray();
    expect(entries.map((entry) => entry.action)).toEqual(['created']);
    // A body reads its own writes in its rehearsal, as in the writing.
    const seen = await writeTransaction([db.people], async () => {
      await db.people.update(personId, { displayName: 'Sam Lee' });
      return (await db.people.get(personId))?.displayName;
    });
    expect(seen).toBe('Sam Lee');
    unprotectStorageForTests();
  });

  // Killed after the first batch of people, after the last, and among the activity log's.
  it.each([2, 4, 6])(
    'seals what was stored before, and finishes after a tab closed after batch %i',
    async (killedAt) => {
      const { personId, conversationId } = await aPersonWithEverything();
      for (let i = 0; i < 60; i += 1) await addPerson(`Person number ${String(i)}`);
      const key = await newDataKey();
      await beginProtection({ test: true }, sealerWith(key));

      // The tab closes half-way: the rest stays plain, and the setting says so.
      let batches = 0;
      await expect(
        convertRecords(() => {
          batches += 1;
          if (batches === killedAt) throw new Error('The tab closed');
        }),
      ).rejects.toThrow('The tab closed');
      expect((await readProtection())?.isConverting).toBe(true);
      const halfWay = await everythingStored();
      expect(holdsBytes(halfWay, text('Jo Staffmember'))).toBe(true);
      const stillPlain = Array.from({ length: 60 }, (_, i) => `Person number ${String(i)}`).filter(
        (name) => holdsBytes(halfWay, text(name)),
      );
      if (killedAt === 2) {
        // Rows are sealed in batches of 25: some people are sealed, the rest not yet.
        expect(stillPlain.length).toBeGreaterThan(20);
        expect(stillPlain.length).toBeLessThan(60);
      }

      // A reload: locked, then unlocked, and conversion runs again to the end.
      closeRecords();
      db.close();
      await db.open();
      expect(protectionState()).toBe('locked');
      await openRecords(sealerWith(key));
      await convertRecords();
      expect((await readProtection())?.isConverting).toBe(false);

      const stored = await everythingStored();
      for (const secret of [
        'Sam Testperson',
        'Person number 59',
        'noisy corridor',
        'Jo Staffmember',
      ]) {
        expect(holdsBytes(stored, text(secret)), secret).toBe(false);
      }
      expect(holdsBytes(stored, PHOTO)).toBe(false);
      expect(await db.people.count()).toBe(61);
      expect((await db.people.get(personId))?.likes[0]?.text).toBe('steam trains');
      expect((await db.conversations.get(conversationId))?.story[0]?.caption).toBe(
        'the bus was late',
      );
      unprotectStorageForTests();
    },
  );

  it('turns off: every record stored plain again, also after a tab closed half-way', async () => {
    const key = await protectStorageForTests();
    await saveVault({ test: true });
    const { personId } = await aPersonWithEverything();
    for (let i = 0; i < 40; i += 1) await addPerson(`Person number ${String(i)}`);
    expect(holdsBytes(await everythingStored(), text('Sam Testperson'))).toBe(false);

    let batches = 0;
    await expect(
      endProtection(() => {
        batches += 1;
        if (batches === 2) throw new Error('The tab closed');
      }),
    ).rejects.toThrow('The tab closed');
    expect((await readProtection())?.isTurningOff).toBe(true);

    // A reload: still protected, so locked; unlocked, turning off carries on to the end.
    closeRecords();
    db.close();
    await db.open();
    expect(protectionState()).toBe('locked');
    await openRecords(sealerWith(key));
    await endProtection();
    expect(await readProtection()).toBeNull();
    expect(protectionState()).toBe('off');

    const stored = await everythingStored();
    for (const plain of ['Sam Testperson', 'Person number 39', 'Jo Staffmember']) {
      expect(holdsBytes(stored, text(plain)), plain).toBe(true);
    }
    expect(holdsBytes(stored, PHOTO)).toBe(true);
    expect(await db.people.count()).toBe(41);
    expect((await db.people.get(personId))?.likes[0]?.text).toBe('steam trains');
    // Writes are plain again: nothing is refused.
    await addPerson('Kim');
    unprotectStorageForTests();
  });
});
