import Dexie, { type Table } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { readRawRow, writeRawRow } from '../../tests/fixtures/raw-indexeddb';
import type { SealedPayload } from '../domain/sealed-payload';
import { createCodecMiddleware } from './codec-middleware';
import { RESTORE_SNAPSHOT_KEY } from './backup/restore-snapshot';
import { WELCOME_REASSURANCE_KEY } from './preference-keys';
import {
  isSealedWhenProtected,
  LockedRecordError,
  PERSONAL_SETTINGS,
  PlainWriteError,
  PROTECTION_KEY,
  RecordCipher,
} from './record-cipher';
import { STAFF_NAME_KEY } from './staff-actor';

interface PersonRow {
  id: string;
  createdAt: number;
  displayName?: string;
  payload?: SealedPayload;
}

let opened: Dexie | null = null;
let count = 0;

async function protectedDatabase(cipher: RecordCipher) {
  count += 1;
  const name = `working-set-${String(count)}`;
  const db = new Dexie(name);
  db.use(createCodecMiddleware(cipher));
  db.version(1).stores({ people: 'id' });
  opened = db;
  // Opened now, so rows written beside Dexie land in its tables.
  await db.open();
  const people: Table<PersonRow, string> = db.table('people');
  return { name, people };
}

/** Stands in for lib/record-seal's output: storage never sees a key, only the sealed shape. */
function sealedStandIn(): SealedPayload {
  return {
    sealed: 'A256GCM',
    iv: crypto.getRandomValues(new Uint8Array(12)),
    data: crypto.getRandomValues(new Uint8Array(40)),
  };
}

function protectingCipher(): RecordCipher {
  const cipher = new RecordCipher();
  cipher.setProtecting(true);
  return cipher;
}

afterEach(async () => {
  opened?.close();
  if (opened) await Dexie.delete(opened.name);
  opened = null;
});

describe('the record cipher (protection on)', () => {
  it('stores only the sealed payload, and reads the opened fields back', async () => {
    const cipher = protectingCipher();
    const { name, people } = await protectedDatabase(cipher);
    const sealed = sealedStandIn();
    cipher.remember({ table: 'people', key: 'p1' }, sealed, { displayName: 'Sam' });
    await people.put({ id: 'p1', createdAt: 5, payload: sealed });

    const raw = await readRawRow(name, 'people', 'p1');
    expect(raw).toEqual({ id: 'p1', createdAt: 5, payload: sealed });
    expect(JSON.stringify(raw)).not.toContain('Sam');
    expect(await people.get('p1')).toEqual({ id: 'p1', createdAt: 5, displayName: 'Sam' });
  });

  it('refuses to store a plain payload, and nothing is written', async () => {
    const cipher = protectingCipher();
    const { name, people } = await protectedDatabase(cipher);
    await expect(people.put({ id: 'p1', createdAt: 5, displayName: 'Sam' })).rejects.toThrow(
      PlainWriteError,
    );
    expect(await readRawRow(name, 'people', 'p1')).toBeUndefined();
  });

  it('opens nothing once locked, nor a payload moved to another record', async () => {
    const cipher = protectingCipher();
    const { name, people } = await protectedDatabase(cipher);
    const sealed = sealedStandIn();
    cipher.remember({ table: 'people', key: 'p1' }, sealed, { displayName: 'Sam' });
    await people.put({ id: 'p1', createdAt: 5, payload: sealed });
    await writeRawRow(name, 'people', { id: 'p2', createdAt: 5, payload: sealed });
    await expect(people.get('p2')).rejects.toThrow(LockedRecordError);

    cipher.forget();
    expect(cipher.size).toBe(0);
    await expect(people.get('p1')).rejects.toThrow(LockedRecordError);
  });

  it('still reads a row not yet converted (a plain payload) while conversion runs', async () => {
    const cipher = protectingCipher();
    const { name, people } = await protectedDatabase(cipher);
    await writeRawRow(name, 'people', { id: 'p3', createdAt: 5, payload: { displayName: 'Kim' } });
    expect(await people.get('p3')).toEqual({ id: 'p3', createdAt: 5, displayName: 'Kim' });
  });
});

describe('which settings are sealed', () => {
  it('names the personal settings by the keys their repositories store them under', () => {
    expect([...PERSONAL_SETTINGS].sort()).toEqual(
      [STAFF_NAME_KEY, WELCOME_REASSURANCE_KEY, RESTORE_SNAPSHOT_KEY].sort(),
    );
    expect(isSealedWhenProtected('settings', STAFF_NAME_KEY)).toBe(true);
    expect(isSealedWhenProtected('settings', PROTECTION_KEY)).toBe(false);
    expect(isSealedWhenProtected('people', 'any-id')).toBe(true);
  });
});
