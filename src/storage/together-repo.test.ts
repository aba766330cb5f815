import { describe, expect, it } from 'vitest';
import { withSmallCatalogue, startConversationAt } from '../../tests/fixtures/builders';
import { db } from './database';
import { addPerson } from './people-repo';
import {
  DRAWING_TYPE,
  finishConversation,
  goToStep,
  saveStaffNotes,
  saveStepDrawing,
} from './together-repo';

async function open() {
  withSmallCatalogue();
  const id = await startConversationAt(await addPerson('Sam'), 'how-did-it-feel');
  const frameId = (await db.conversations.get(id))?.story[0]?.id ?? '';
  return { id, frameId };
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('Together writes', () => {
  it('stores a drawing with its step, replaces it in one go, and clears it', async () => {
    const { id, frameId } = await open();
    await saveStepDrawing(id, frameId, bytes('{"first":1}'));
    const first = (await db.conversations.get(id))?.feelings[0]?.drawingMediaId;
    expect(await db.media.get(first ?? '')).toMatchObject({ ownerId: id, type: DRAWING_TYPE });

    await saveStepDrawing(id, frameId, bytes('{"second":2}'));
    const second = (await db.conversations.get(id))?.feelings[0]?.drawingMediaId;
    expect(second).not.toBe(first);
    expect(await db.media.get(first ?? '')).toBeUndefined();
    expect(await db.media.count()).toBe(1);

    await saveStepDrawing(id, frameId, null);
    expect((await db.conversations.get(id))?.feelings[0]?.drawingMediaId).toBeNull();
    expect(await db.media.count()).toBe(0);
  });

  it('keeps the old drawing when the new one cannot be stored', async () => {
    const { id, frameId } = await open();
    await saveStepDrawing(id, frameId, bytes('{"kept":1}'));
    const kept = (await db.conversations.get(id))?.feelings[0]?.drawingMediaId ?? '';
    // A step that is gone from the story: the change is refused, nothing is written.
    await saveStepDrawing(id, 'no-such-step', bytes('{"lost":1}'));
    expect(await db.media.count()).toBe(1);
    expect(await db.media.get(kept)).toBeDefined();
  });

  it('finishes once: completed with a time, on the Finish step, never on a break', async () => {
    const { id } = await open();
    await goToStep(id, 'something-good');
    const finished = await finishConversation(id);
    expect(finished).toMatchObject({ status: 'completed', step: 'finish', isOnBreak: false });
    expect(finished.completedAt).toEqual(expect.any(Number));
    expect((await finishConversation(id)).completedAt).toBe(finished.completedAt);
  });

  it('keeps staff notes to their limit', async () => {
    const { id } = await open();
    await saveStaffNotes(id, 'x'.repeat(5000));
    expect((await db.conversations.get(id))?.staffNotes).toHaveLength(4000);
  });
});
