import { describe, expect, it } from 'vitest';
import { applyStoryChange, endBreak, startBreak, startConversation } from './conversations-repo';
import { db } from './database';
import { addPerson } from './people-repo';

describe('taking a break in a conversation', () => {
  it('stores the break and ends it, touching nothing else', async () => {
    const id = await startConversation(await addPerson('Sam'));
    await applyStoryChange(id, { type: 'add-frame', frameId: 'second' });
    const before = (await db.conversations.get(id))!;

    await startBreak(id);
    const during = (await db.conversations.get(id))!;
    expect(during.isOnBreak).toBe(true);
    expect(during.revision).toBe(before.revision + 1);

    await endBreak(id);
    const after = (await db.conversations.get(id))!;
    expect(after).toEqual({
      ...before,
      revision: before.revision + 2,
      updatedAt: after.updatedAt,
      stamp: after.stamp,
    });
    expect(after.stamp! > before.stamp!).toBe(true);
  });

  it('writes nothing when the break is already in the state asked for', async () => {
    const id = await startConversation(await addPerson('Sam'));
    await endBreak(id);
    await startBreak(id);
    await startBreak(id);
    expect((await db.conversations.get(id))?.revision).toBe(1);
  });
});
