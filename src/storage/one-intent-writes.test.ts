/**
 * One intent, one transaction: "something calm first" (the answer and the break) and starting
 * together (the conversation and the Together lock) land together or not at all. Each test fails
 * the second half of the write and finds neither half stored.
 */
import { describe, expect, it, vi } from 'vitest';
import { abortError } from '../../tests/fixtures/save-failures';
import {
  beginConversation,
  beginTogether,
  planConversation,
  startConversation,
  startTogether,
} from './conversations-repo';
import { db } from './database';
import { addPerson } from './people-repo';
import { ACTIVE_TOGETHER_KEY } from './session-repo';
import { chooseCalmFirst } from './together-repo';

const openInTogether = async () => (await db.settings.get(ACTIVE_TOGETHER_KEY))?.value;

describe('something calm first', () => {
  it('stores the answer and starts the break in one write', async () => {
    const id = await startConversation(await addPerson('Sam'));
    await chooseCalmFirst(id, true);
    expect(await db.conversations.get(id)).toMatchObject({
      isOnBreak: true,
      welcome: { isCalmFirst: true },
    });
  });

  it('stores neither when the write cannot finish', async () => {
    const id = await startConversation(await addPerson('Sam'));
    const before = await db.conversations.get(id);
    // The audit entry is written after the conversation, in the same transaction.
    vi.spyOn(db.audit, 'add').mockRejectedValue(abortError());

    await expect(chooseCalmFirst(id, true)).rejects.toThrow('abort');
    expect(await db.conversations.get(id)).toEqual(before);
  });
});

describe('starting together', () => {
  it('"Start together" with nothing prepared stores the conversation and opens Together', async () => {
    const personId = await addPerson('Sam');
    const id = await startTogether(personId);
    expect(await db.conversations.get(id)).toMatchObject({ personId, status: 'in-progress' });
    expect(await openInTogether()).toBe(id);
  });

  it('stores no conversation when Together cannot be opened', async () => {
    const personId = await addPerson('Sam');
    vi.spyOn(db.settings, 'put').mockRejectedValue(abortError());

    await expect(startTogether(personId)).rejects.toThrow('abort');
    expect(await db.conversations.count()).toBe(0);
    expect(await openInTogether()).toBeUndefined();
  });

  it('"Start together" after "Are we ready?" begins the conversation and opens Together', async () => {
    const id = await planConversation(await addPerson('Sam'));
    await beginTogether(id);
    expect((await db.conversations.get(id))?.status).toBe('in-progress');
    expect(await openInTogether()).toBe(id);
  });

  it('leaves the conversation planned when Together cannot be opened', async () => {
    const id = await planConversation(await addPerson('Sam'));
    const before = await db.conversations.get(id);
    vi.spyOn(db.settings, 'bulkPut').mockRejectedValue(abortError());

    await expect(beginTogether(id)).rejects.toThrow('abort');
    expect(await db.conversations.get(id)).toEqual(before);
    expect(await openInTogether()).toBeUndefined();
  });

  it('opens Together on a conversation another tab has already begun', async () => {
    const id = await planConversation(await addPerson('Sam'));
    const begun = await beginConversation(id);
    await beginTogether(id);
    expect(await db.conversations.get(id)).toEqual(begun);
    expect(await openInTogether()).toBe(id);
  });
});
