/** A whole Together conversation survives a backup and a restore, drawing included. */
import { describe, expect, it } from 'vitest';
import { wipeDatabase } from '../../../tests/fixtures/backup';
import {
  feelInStep,
  withSmallCatalogue,
  startConversationAt,
} from '../../../tests/fixtures/builders';
import { applyStoryChange } from '../conversations-repo';
import { db } from '../database';
import { addPerson } from '../people-repo';
import {
  chooseCommitment,
  chooseStrategy,
  chooseWay,
  choosePositiveActivity,
  linkFeelingToBehaviour,
  markAffected,
  planPositiveActivity,
  showFeelingsStep,
  saveFeelingDrawing,
  saveStaffNotes,
} from '../together-repo';
import { exportBackup } from './export-backup';
import { applyBackup, readBackup } from './restore-backup';

async function fillConversation(): Promise<string> {
  withSmallCatalogue();
  const personId = await addPerson('Sam');
  const id = await startConversationAt(personId, 'finish');
  const frameId = (await db.conversations.get(id))?.story[0]?.id ?? '';
  await applyStoryChange(id, {
    type: 'place',
    placementId: 'p1',
    cardId: 'starter-teacher',
    frameId,
  });
  await applyStoryChange(id, {
    type: 'add-bubble',
    placementId: 'p1',
    bubbleId: 'b1',
    kind: 'they-said',
    text: 'Time to tidy up',
    cardId: null,
  });
  await chooseWay(id, 'puppets');
  const angry = await feelInStep(id, frameId, 'feeling-angry', { size: 4, colour: '#c0392b' });
  await saveFeelingDrawing(id, angry, new TextEncoder().encode('{"version":1,"strokes":[]}'));
  await feelInStep(id, frameId, 'feeling-sad', { size: 2 });
  await showFeelingsStep(id, frameId);
  await linkFeelingToBehaviour(id, 'feeling-angry', 'starter-shout');
  await markAffected(id, { kind: 'card', cardId: 'starter-teacher' });
  await chooseStrategy(id, 'strategy-ask-break');
  await chooseCommitment(id, 'warnBeforeChanges');
  await choosePositiveActivity(id, 'starter-football');
  await planPositiveActivity(id, '2026-11-25');
  await saveStaffNotes(id, 'Went well.');
  return id;
}

describe('backing up a whole Together conversation', () => {
  it('restores every choice exactly, and the drawing with it', async () => {
    const id = await fillConversation();
    const before = await db.conversations.get(id);
    const drawingId = before?.feelings[0]?.drawingMediaId ?? '';
    const drawing = await db.media.get(drawingId);
    expect(drawing?.ownerId).toBe(id);

    const file = await exportBackup();
    await wipeDatabase();
    await applyBackup(await readBackup(file), 'replace');

    expect(await db.conversations.get(id)).toEqual(before);
    expect(await db.media.get(drawingId)).toEqual(drawing);
  });
});
