/**
 * Writes for the Together steps after "What happened?", named for what the individual or staff
 * did. Each is one user action and one transaction; the rules live in domain/together.
 */
import { addNote, draftNote } from '../domain/finished-record';
import { newRecordId } from './transaction-plans';
import { nextTimePartAfter } from '../domain/together-plan';
import {
  addAffected,
  addFeeling,
  addLink,
  answerCalmFirst,
  changeFeeling,
  choosePositive,
  markPositiveDone,
  planPositive,
  removeAffected,
  removeFeeling,
  removeLink,
  setAffectedFeeling,
  showFeelingsOf,
  toggleCommitment,
  toggleStrategy,
  toggleWay,
  TOGETHER_LIMITS,
  type FeelingChanges,
} from '../domain/together';
import type {
  AffectedWho,
  Commitment,
  Conversation,
  NextTimePart,
  TogetherStep,
  Way,
} from '../domain/types';
import { updateConversation } from './conversation-writes';
import { now } from './database';
import { currentActor } from './staff-actor';

/** The media type of a stored drawing: JSON stroke points, vector and small. */
export const DRAWING_TYPE = 'application/vnd.restory.drawing+json';

/** Moves Together to a step (Next, Back, or a tap on the progress pictures). */
export function goToStep(conversationId: string, step: TogetherStep): Promise<Conversation> {
  return updateConversation(conversationId, (c) => (c.step === step ? c : { ...c, step }));
}

/** The question shown on "What can help next time?", so a reload returns to it. */
export function showNextTimePart(conversationId: string, part: NextTimePart): Promise<Conversation> {
  return updateConversation(conversationId, (c) =>
    c.nextTimePart === part ? c : { ...c, nextTimePart: part },
  );
}

/**
 * "Next question": the question after `from`, worked out from the record as stored when this
 * write runs, after any choice tapped just before it, so a quick tap never skips "When I feel …".
 */
export function showNextQuestion(
  conversationId: string,
  offered: readonly NextTimePart[],
  from: NextTimePart,
): Promise<Conversation> {
  return updateConversation(conversationId, (c) => {
    const part = nextTimePartAfter(c, offered, from);
    return c.nextTimePart === part ? c : { ...c, nextTimePart: part };
  });
}

export function chooseWay(conversationId: string, way: Way): Promise<Conversation> {
  return updateConversation(conversationId, (c) => toggleWay(c, way));
}

export function chooseThirdPerson(
  conversationId: string,
  isJoining: boolean | null,
): Promise<Conversation> {
  return updateConversation(conversationId, (c) =>
    c.welcome.isThirdPersonJoining === isJoining
      ? c
      : { ...c, welcome: { ...c.welcome, isThirdPersonJoining: isJoining } },
  );
}

/** "Something calm first?": "yes" stores the answer and starts the break in one write. */
export function chooseCalmFirst(
  conversationId: string,
  isCalmFirst: boolean | null,
): Promise<Conversation> {
  return updateConversation(conversationId, (c) => answerCalmFirst(c, isCalmFirst));
}

/** "How did it feel?" shows this story step; a reload comes back to it. */
export function showFeelingsStep(conversationId: string, frameId: string): Promise<Conversation> {
  return updateConversation(conversationId, (c) => showFeelingsOf(c, frameId));
}

/**
 * A feeling chosen for a story step. Resolves to its id: a new one, or that of the feeling the
 * step already holds with this card.
 */
export async function addStepFeeling(
  conversationId: string,
  frameId: string,
  cardId: string,
): Promise<string | undefined> {
  const id = newRecordId();
  const stored = await updateConversation(conversationId, (c) =>
    addFeeling(c, id, frameId, cardId),
  );
  return stored.feelings.find((f) => f.frameId === frameId && f.cardId === cardId)?.id;
}

/** Sets one feeling's card, size, colour or sound. */
export function setFeeling(
  conversationId: string,
  feelingId: string,
  changes: Omit<FeelingChanges, 'drawingMediaId'>,
): Promise<Conversation> {
  return updateConversation(conversationId, (c) => changeFeeling(c, feelingId, changes));
}

const drawingOf = (c: Conversation, feelingId: string): string[] => {
  const drawing = c.feelings.find((f) => f.id === feelingId)?.drawingMediaId;
  return drawing ? [drawing] : [];
};

/** Takes a feeling out of its step; its drawing is erased in the same transaction. */
export function removeStepFeeling(
  conversationId: string,
  feelingId: string,
): Promise<Conversation> {
  return updateConversation(conversationId, (c) => removeFeeling(c, feelingId), {
    deleteIds: (before) => drawingOf(before, feelingId),
  });
}

/**
 * Stores a finger drawing for one feeling (stroke points as JSON bytes), replacing any earlier
 * one; the drawing and the feeling's pointer to it change in one transaction. `null` clears it.
 */
export function saveFeelingDrawing(
  conversationId: string,
  feelingId: string,
  bytes: Uint8Array | null,
): Promise<Conversation> {
  const time = now();
  const mediaId = bytes ? newRecordId() : null;
  return updateConversation(
    conversationId,
    (c) => changeFeeling(c, feelingId, { drawingMediaId: mediaId }),
    {
      ...(bytes && mediaId
        ? {
            put: {
              id: mediaId,
              ownerId: conversationId,
              type: DRAWING_TYPE,
              bytes,
              createdAt: time,
              updatedAt: time,
            },
          }
        : {}),
      deleteIds: (before) => drawingOf(before, feelingId),
    },
  );
}

/** "I felt … so I …". */
export function linkFeelingToBehaviour(
  conversationId: string,
  feelingCardId: string,
  behaviourCardId: string,
): Promise<Conversation> {
  return updateConversation(conversationId, (c) =>
    addLink(c, newRecordId(), feelingCardId, behaviourCardId),
  );
}

export function unlinkFeeling(conversationId: string, linkId: string): Promise<Conversation> {
  return updateConversation(conversationId, (c) => removeLink(c, linkId));
}

export function markAffected(conversationId: string, who: AffectedWho): Promise<Conversation> {
  return updateConversation(conversationId, (c) => addAffected(c, newRecordId(), who));
}

export function unmarkAffected(conversationId: string, affectedId: string): Promise<Conversation> {
  return updateConversation(conversationId, (c) => removeAffected(c, affectedId));
}

export function setAffectedFeelingOf(
  conversationId: string,
  affectedId: string,
  feelingCardId: string | null,
): Promise<Conversation> {
  return updateConversation(conversationId, (c) =>
    setAffectedFeeling(c, affectedId, feelingCardId),
  );
}

export function chooseStrategy(conversationId: string, strategyId: string): Promise<Conversation> {
  return updateConversation(conversationId, (c) => toggleStrategy(c, strategyId));
}

export function chooseCommitment(
  conversationId: string,
  commitment: Commitment,
): Promise<Conversation> {
  return updateConversation(conversationId, (c) => toggleCommitment(c, commitment));
}

export function saveCommitmentNote(conversationId: string, note: string): Promise<Conversation> {
  const commitmentNote = note.slice(0, TOGETHER_LIMITS.commitmentNote);
  return updateConversation(conversationId, (c) =>
    c.commitmentNote === commitmentNote ? c : { ...c, commitmentNote },
  );
}

export function choosePositiveActivity(
  conversationId: string,
  activityId: string,
): Promise<Conversation> {
  return updateConversation(conversationId, (c) => choosePositive(c, activityId));
}

/** When the positive activity will happen: a local date (yyyy-mm-dd). */
export function planPositiveActivity(
  conversationId: string,
  plannedFor: string,
): Promise<Conversation> {
  return updateConversation(conversationId, (c) => planPositive(c, plannedFor));
}

/** Staff mark the agreed positive activity as done (or not done after all). */
export function markPositiveActivityDone(
  conversationId: string,
  isDone: boolean,
): Promise<Conversation> {
  return updateConversation(conversationId, (c) => markPositiveDone(c, isDone ? now() : null));
}

/** The conversation is over: completed, with its finish time; the record stays for the summary. */
export function finishConversation(conversationId: string): Promise<Conversation> {
  return updateConversation(conversationId, (c) =>
    c.status === 'completed'
      ? c
      : { ...c, status: 'completed', step: 'finish', isOnBreak: false, completedAt: now() },
  );
}

export function saveStaffNotes(conversationId: string, notes: string): Promise<Conversation> {
  const staffNotes = notes.slice(0, TOGETHER_LIMITS.staffNotes);
  return updateConversation(conversationId, (c) =>
    c.staffNotes === staffNotes ? c : { ...c, staffNotes },
  );
}

/** The note staff are writing on a finished conversation's summary, kept as typed. */
export function saveNoteDraft(conversationId: string, text: string): Promise<Conversation> {
  return updateConversation(conversationId, (c) => draftNote(c, text));
}

/** "Add note": the note written becomes a dated addition, named by who unlocked the tablet. */
export function addNoteToFinished(conversationId: string): Promise<Conversation> {
  const addition = { id: newRecordId(), at: now(), actor: currentActor() };
  return updateConversation(conversationId, (c) => addNote(c, addition));
}
