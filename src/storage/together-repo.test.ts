import { describe, expect, it } from 'vitest';
import { withSmallCatalogue, startConversationAt } from '../../tests/fixtures/builders';
import { db } from './database';
import { addPerson } from './people-repo';
import {
  addStepFeeling,
  DRAWING_TYPE,
  finishConversation,
  goToStep,
  removeStepFeeling,
  saveFeelingDrawing,
  saveStaffNotes,
} from './together-repo';

async function open() {
  withSmallCatalogue();
  const id = await startConversationAt(await addPerson('Sam'), 'how-did-it-feel');
  const frameId = (await db.conversations.get(id))?.story[0]?.id ?? '';
  const feelingId = (await addStepFeeling(id, frameId, 'feeling-angry')) ?? '';
  return { id, frameId, feelingId };
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('Together writes', () => {
  it('stores a drawing with its feeling, replaces it in one go, and clears it', async () => {
    const { id, feelingId } = await open();
    await saveFeelingDrawing(id, feelingId, bytes('{"first":1}'));
    const first = (await db.conversations.get(id))?.feelings[0]?.drawingMediaId;
    expect(await db.media.get(first ?? '')).toMatchObject({ ownerId: id, type: DRAWING_TYPE });

    await saveFeelingDrawing(id, feelingId, bytes('{"second":2}'));
    const second = (await db.conversations.get(id))?.feelings[0]?.drawingMediaId;
    expect(second).not.toBe(first);
    expect(await db.media.get(first ?? '')).toBeUndefined();
    expect(await db.media.count()).toBe(1);

    await saveFeelingDrawing(id, feelingId, null);
    expect((await db.conversations.get(id))?.feelings[0]?.drawingMediaId).toBeNull();
    expect(await db.media.count()).toBe(0);
  });

  it('keeps the old drawing when the new one cannot be stored', async () => {
    const { id, feelingId } = await open();
    await saveFeelingDrawing(id, feelingId, bytes('{"kept":1}'));
    const kept = (await db.conversations.get(id))?.feelings[0]?.drawingMediaId ?? '';
    // A feeling that is gone: the change is refused, nothing is written.
    await saveFeelingDrawing(id, 'no-such-feeling', bytes('{"lost":1}'));
    expect(await db.media.count()).toBe(1);
    expect(await db.media.get(kept)).toBeDefined();
  });

  it('adds a feeling card to a step once, and takes a feeling out with its drawing', async () => {
    const { id, frameId, feelingId } = await open();
    expect(await addStepFeeling(id, frameId, 'feeling-angry')).toBe(feelingId);
    const sadId = await addStepFeeling(id, frameId, 'feeling-sad');
    expect(sadId).not.toBe(feelingId);
    await saveFeelingDrawing(id, feelingId, bytes('{"lines":1}'));
    const drawing = (await db.conversations.get(id))?.feelings[0]?.drawingMediaId ?? '';

    await removeStepFeeling(id, feelingId);
    const stored = await db.conversations.get(id);
    expect(stored?.feelings.map((f) => [f.id, f.cardId])).toEqual([[sadId, 'feeling-sad']]);
    expect(await db.media.get(drawing)).toBeUndefined();
    expect(await db.tombstones.get(drawing)).toMatchObject({ table: 'media' });
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
