import { describe, expect, it, vi } from 'vitest';
import type { Conversation } from '../domain/types';
import {
  answerReadiness,
  applyStoryChange,
  beginConversation,
  planConversation,
  postponeConversation,
  reopenConversation,
  savePreparation,
  startConversation,
} from './conversations-repo';
import { db } from './database';
import { addPerson } from './people-repo';

async function newConversation() {
  const personId = await addPerson('Sam');
  return startConversation(personId);
}

const cardsIn = async (id: string) =>
  (await db.conversations.get(id))?.story.map((f) => f.placements.map((p) => p.cardId));

describe('conversations', () => {
  it('starts on "Welcome" with one empty story step and nothing chosen, in progress', async () => {
    const id = await newConversation();
    const stored = await db.conversations.get(id);
    expect(stored).toMatchObject({ status: 'in-progress', step: 'welcome', revision: 0 });
    expect(stored?.welcome).toEqual({ ways: [], isThirdPersonJoining: null, isCalmFirst: null });
    expect(stored).toMatchObject({ feelings: [], links: [], affected: [], strategies: [] });
    expect(stored?.story).toHaveLength(1);
  });

  it('refuses to start for a person who is not there', async () => {
    await expect(startConversation('nobody')).rejects.toThrow(/not found/);
    expect(await db.conversations.count()).toBe(0);
  });

  it('stores each storyboard command at once and bumps the revision', async () => {
    const id = await newConversation();
    const first = (await db.conversations.get(id))?.story[0]?.id ?? '';
    await applyStoryChange(id, { type: 'add-frame', frameId: 'f2' });
    await applyStoryChange(id, {
      type: 'place',
      placementId: 'p1',
      cardId: 'feeling-angry',
      frameId: 'f2',
    });
    await applyStoryChange(id, {
      type: 'place',
      placementId: 'p2',
      cardId: 'starter-teacher',
      frameId: first,
    });
    await applyStoryChange(id, { type: 'move', placementId: 'p2', toFrameId: 'f2', toIndex: 0 });
    await applyStoryChange(id, { type: 'set-caption', frameId: 'f2', caption: 'at lunch' });
    await applyStoryChange(id, { type: 'move-frame', frameId: 'f2', toIndex: 0 });
    const stored = await db.conversations.get(id);
    expect(await cardsIn(id)).toEqual([['starter-teacher', 'feeling-angry'], []]);
    expect(stored?.story[0]?.caption).toBe('at lunch');
    expect(stored?.revision).toBe(6);
    await applyStoryChange(id, { type: 'remove', placementId: 'p1' });
    await applyStoryChange(id, { type: 'delete-frame', frameId: first });
    expect(await cardsIn(id)).toEqual([['starter-teacher']]);
  });

  it('does not write when a command changes nothing', async () => {
    const id = await newConversation();
    await applyStoryChange(id, { type: 'remove', placementId: 'nothing' });
    expect((await db.conversations.get(id))?.revision).toBe(0);
  });

  it('keeps every one of many quick changes, in order', async () => {
    const id = await newConversation();
    const frameId = (await db.conversations.get(id))?.story[0]?.id ?? '';
    const typed = 'we were at lunch';
    await Promise.all(
      Array.from({ length: typed.length }, (_, i) =>
        applyStoryChange(id, { type: 'set-caption', frameId, caption: typed.slice(0, i + 1) }),
      ),
    );
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        applyStoryChange(id, { type: 'place', placementId: `p${i}`, cardId: 'c', frameId }),
      ),
    );
    const stored = await db.conversations.get(id);
    expect(stored?.story[0]?.caption).toBe(typed);
    expect(stored?.story[0]?.placements).toHaveLength(20);
  });

  it('re-reads and retries when another tab wrote between its read and its write', async () => {
    const id = await newConversation();
    const frameId = (await db.conversations.get(id))?.story[0]?.id ?? '';
    const table = db.conversations;
    const realGet = table.get.bind(table) as (key: string) => Promise<Conversation | undefined>;
    let hasInterfered = false;
    vi.spyOn(table, 'get').mockImplementation((async (key: string) => {
      const read = await realGet(key);
      if (!hasInterfered && read) {
        hasInterfered = true;
        // Another tab's write lands after this tab read the record.
        await table.put({
          ...read,
          revision: read.revision + 1,
          story: [{ id: frameId, caption: 'other tab', placements: [] }],
        });
      }
      return read;
    }) as unknown as typeof table.get);
    await applyStoryChange(id, { type: 'place', placementId: 'p1', cardId: 'c', frameId });
    const stored = await realGet(id);
    expect(hasInterfered).toBe(true);
    expect(stored?.story[0]?.caption).toBe('other tab');
    expect(stored?.story[0]?.placements.map((p) => p.id)).toEqual(['p1']);
    expect(stored?.revision).toBe(2);
  });

  it('reports a conversation that is gone', async () => {
    await expect(applyStoryChange('gone', { type: 'add-frame', frameId: 'x' })).rejects.toThrow(
      /not found/,
    );
  });
});

describe('preparing a conversation', () => {
  async function planned() {
    return planConversation(await addPerson('Sam'));
  }

  it('plans a conversation that has not started', async () => {
    const id = await planned();
    expect(await db.conversations.get(id)).toMatchObject({
      status: 'planned',
      startedAt: null,
      preparation: null,
      readiness: {},
    });
  });

  it('saves preparation field by field, trimming overlong notes', async () => {
    const id = await planned();
    await savePreparation(id, { place: 'dining hall', supports: ['pictures', 'music'] });
    await savePreparation(id, { staffNote: 'x'.repeat(5000) });
    const stored = (await db.conversations.get(id))?.preparation;
    expect(stored).toMatchObject({
      place: 'dining hall',
      supports: ['pictures', 'music'],
      incidentAt: '',
    });
    expect(stored?.staffNote).toHaveLength(2000);
  });

  it('keeps readiness answers, and refuses items it does not know', async () => {
    const id = await planned();
    await answerReadiness(id, 'calm', 'yes');
    await answerReadiness(id, 'seating', 'not-yet');
    await answerReadiness(id, 'calm', 'not-yet');
    expect((await db.conversations.get(id))?.readiness).toEqual({
      calm: 'not-yet',
      seating: 'not-yet',
    });
    await expect(answerReadiness(id, 'made-up', 'yes')).rejects.toThrow(/Unknown/);
  });

  it('postpones to a date, reopens with fresh answers, then begins', async () => {
    const id = await planned();
    await answerReadiness(id, 'calm', 'not-yet');
    await postponeConversation(id, '2026-12-01');
    expect(await db.conversations.get(id)).toMatchObject({
      status: 'postponed',
      rescheduledFor: '2026-12-01',
    });
    await reopenConversation(id);
    expect(await db.conversations.get(id)).toMatchObject({ status: 'planned', readiness: {} });
    await beginConversation(id);
    const begun = await db.conversations.get(id);
    expect(begun?.status).toBe('in-progress');
    expect(begun?.startedAt).toEqual(expect.any(Number));
    const revision = begun?.revision;
    await beginConversation(id);
    expect((await db.conversations.get(id))?.revision).toBe(revision);
  });
});
