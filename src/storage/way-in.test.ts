import { describe, expect, it } from 'vitest';
import { db } from './database';
import {
  planConversation,
  postponeConversation,
  startOrContinueTogether,
} from './conversations-repo';
import { addPerson } from './people-repo';

describe('"Start together", the one way in', () => {
  it('starts one new conversation in Together, and a second tap goes back to it', async () => {
    const personId = await addPerson('Sam');
    const first = await startOrContinueTogether(personId);
    expect(first.next).toBe('together');
    expect(await startOrContinueTogether(personId)).toEqual(first);
    expect(await db.conversations.count()).toBe(1);
  });

  it('continues a planned conversation through "Are we ready?" instead of making another', async () => {
    const personId = await addPerson('Sam');
    const planned = await planConversation(personId);
    expect(await startOrContinueTogether(personId)).toEqual({
      conversationId: planned,
      next: 'ready',
    });
    expect(await db.conversations.count()).toBe(1);
  });

  it('brings a postponed conversation back to planned, with its answers cleared', async () => {
    const personId = await addPerson('Sam');
    const planned = await planConversation(personId);
    await postponeConversation(planned, '2026-12-10');
    const way = await startOrContinueTogether(personId);
    expect(way).toEqual({ conversationId: planned, next: 'ready' });
    expect((await db.conversations.get(planned))?.status).toBe('planned');
  });

  it('does not continue another person’s conversation', async () => {
    const sam = await addPerson('Sam');
    const jo = await addPerson('Jo');
    const samsWay = await startOrContinueTogether(sam);
    const josWay = await startOrContinueTogether(jo);
    expect(josWay.conversationId).not.toBe(samsWay.conversationId);
  });
});
