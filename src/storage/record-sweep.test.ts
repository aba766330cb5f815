import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Conversation } from '../domain/types';
import { applyStoryChange, startConversation } from './conversations-repo';
import { db } from './database';
import { eraseRecords } from './erase';
import { addPerson, deletePersonEverywhere } from './people-repo';
import {
  checkAllWhenDue,
  checkBeforeStart,
  checkStoredRecords,
  FULL_CHECK_EVERY_MS,
  FULL_CHECK_KEY,
} from './record-sweep';
import { readSetAsideReport } from './set-aside-repo';
import { addStepFeeling, setFeeling } from './together-repo';

type Row = Record<string, unknown>;

afterEach(() => vi.restoreAllMocks());

/** Some records of every swept kind, made through the app's own writes. */
async function someRecords(): Promise<{ personId: string; conversationId: string }> {
  const personId = await addPerson('Sam');
  const conversationId = await startConversation(personId);
  const conversation = await db.conversations.get(conversationId);
  const frameId = conversation?.story[0]?.id ?? '';
  await applyStoryChange(conversationId, { type: 'set-caption', frameId, caption: 'At lunch' });
  const feelingId = (await addStepFeeling(conversationId, frameId, 'feeling-angry')) ?? '';
  await setFeeling(conversationId, feelingId, { size: 3 });
  await db.transaction('rw', db.media, db.tombstones, () => eraseRecords('media', ['gone']));
  return { personId, conversationId };
}

/** Every row of every table but setAside, to show what a sweep left alone. */
async function everything(): Promise<Record<string, unknown[]>> {
  const tables = db.tables.filter((t) => t.name !== 'setAside');
  const rows = await Promise.all(tables.map((t) => t.toArray()));
  return Object.fromEntries(tables.map((t, i) => [t.name, rows[i] ?? []]));
}

/** Writes a row exactly as given, past the repositories (as a bug or an old version might). */
async function putRaw(table: string, row: Row): Promise<void> {
  await db.table(table).put(row);
}

describe('records checked when read, once per start', () => {
  it('leaves a well-formed database untouched: it only reads', async () => {
    await someRecords();
    const before = await everything();
    const transaction = vi.spyOn(db, 'transaction');

    expect(await checkStoredRecords(db)).toMatchObject({ mended: 0, setAside: 0 });

    expect(transaction).not.toHaveBeenCalled();
    expect(await everything()).toEqual(before);
    expect(await db.setAside.count()).toBe(0);
  });

  it('mends a conversation missing a list, writes it back with a fresh stamp and reports it', async () => {
    const { conversationId } = await someRecords();
    const stored = (await db.conversations.get(conversationId)) as Conversation;
    const broken: Row = { ...stored, staffNotes: 7 };
    delete broken['feelings'];
    await putRaw('conversations', broken);
    const original = await db.table<Row>('conversations').get(conversationId);

    expect(await checkStoredRecords(db)).toMatchObject({ mended: 1, setAside: 0 });

    const mended = await db.conversations.get(conversationId);
    expect(mended).toMatchObject({
      feelings: [],
      staffNotes: '',
      story: stored.story,
      revision: stored.revision + 1,
    });
    expect(mended?.stamp).toBeTruthy();
    expect(mended?.stamp).not.toBe(original?.['stamp']);
    const [kept] = await db.setAside.toArray();
    expect(kept).toMatchObject({ table: 'conversations', key: conversationId, reason: 'mended' });
    expect(kept?.problem).toBe('feelings: missing; staffNotes: string');
    expect(kept?.row).toEqual(original);
    expect((await readSetAsideReport()).unseen).toEqual({ unreadable: 0, mended: 1 });
    // Mended once: the next start finds nothing.
    expect(await checkStoredRecords(db)).toMatchObject({ mended: 0, setAside: 0 });
  });

  it('sets aside whole what it cannot mend, reports it, and changes nothing else', async () => {
    const { personId, conversationId } = await someRecords();
    const stored = (await db.conversations.get(conversationId)) as Conversation;
    const noPerson: Row = { ...stored, id: 'orphan' };
    delete noPerson['personId'];
    // IndexedDB cannot store a row without its key: an empty or non-text id is how "no id" looks.
    const noId = { ...(await db.people.get(personId)), id: '' };
    await putRaw('conversations', noPerson);
    await putRaw('people', noId);
    const before = await everything();

    expect(await checkStoredRecords(db)).toMatchObject({ mended: 0, setAside: 2 });

    const kept = await db.setAside.toArray();
    expect(kept.map((k) => [k.table, k.key, k.reason]).sort()).toEqual([
      ['conversations', 'orphan', 'unreadable'],
      ['people', '', 'unreadable'],
    ]);
    expect(kept.find((k) => k.table === 'conversations')?.row).toEqual(
      (before['conversations'] as Row[]).find((c) => c['id'] === 'orphan'),
    );
    expect(kept.find((k) => k.table === 'people')?.row).toEqual(
      (before['people'] as Row[]).find((p) => p['id'] === ''),
    );
    const after = await everything();
    expect(after).toEqual({
      ...before,
      conversations: (before['conversations'] as Row[]).filter((c) => c['id'] !== 'orphan'),
      people: (before['people'] as Row[]).filter((p) => p['id'] !== ''),
    });
    // Set aside, not erased: no tombstone tells other tablets it was deleted.
    expect(after['tombstones']).toEqual(before['tombstones']);
    expect((await readSetAsideReport()).unseen).toEqual({ unreadable: 2, mended: 0 });
  });

  it('lets erasing a person erase the copies of their records kept aside, and only theirs', async () => {
    const { personId, conversationId } = await someRecords();
    const otherId = await addPerson('Alex');
    const stored = (await db.conversations.get(conversationId)) as Conversation;
    const mendable: Row = { ...stored };
    delete mendable['links'];
    await putRaw('conversations', mendable);
    await putRaw('conversations', { ...stored, id: 'lost', status: 'gone' });
    await putRaw('conversations', { ...stored, id: 'other', personId: otherId, status: 'gone' });
    expect(await checkStoredRecords(db)).toMatchObject({ mended: 1, setAside: 2 });

    await deletePersonEverywhere(personId);

    expect((await db.setAside.toArray()).map((k) => k.key)).toEqual(['other']);
  });
});

describe('what a start reads', () => {
  async function lastFullCheck(): Promise<{ at: number; version: number }> {
    return (await db.settings.get(FULL_CHECK_KEY))?.value as { at: number; version: number };
  }

  it('reads every record the first time, then only those changed since, and every record again a day later', async () => {
    const { conversationId } = await someRecords();
    // A record changed in the very millisecond a full check begins is read again next time (the
    // safe side); the clock moves on first, so this start has nothing changed since.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const first = await checkBeforeStart(db);
    expect(first.checked).toBeGreaterThanOrEqual(3);
    const { at } = await lastFullCheck();

    // Damaged past the repositories, with a change time from before the full check.
    const stored = (await db.conversations.get(conversationId)) as Conversation;
    await putRaw('conversations', { ...stored, staffNotes: 7, updatedAt: at - 1000 });
    expect(await checkBeforeStart(db)).toEqual({ checked: 0, mended: 0, setAside: 0 });
    // What changed since is read.
    await addPerson('Kim');
    expect((await checkBeforeStart(db)).checked).toBeGreaterThanOrEqual(1);

    // Not yet a day: no full check after the first screen; a day on, every record is read.
    expect(await checkAllWhenDue(db, at + 1000)).toBeNull();
    const daily = await checkAllWhenDue(db, at + FULL_CHECK_EVERY_MS + 1);
    expect(daily).toMatchObject({ mended: 1, setAside: 0 });
    expect((await db.conversations.get(conversationId))?.staffNotes).toBe('');
    expect((await lastFullCheck()).at).toBeGreaterThanOrEqual(at);
  });

  it('reads every record after the database was upgraded', async () => {
    const { conversationId } = await someRecords();
    await checkBeforeStart(db);
    const { at } = await lastFullCheck();
    const stored = (await db.conversations.get(conversationId)) as Conversation;
    await putRaw('conversations', { ...stored, staffNotes: 7, updatedAt: at - 1000 });
    await db.settings.put({ key: FULL_CHECK_KEY, value: { at, version: db.verno - 1 } });
    expect(await checkBeforeStart(db)).toMatchObject({ mended: 1 });
  });
});
