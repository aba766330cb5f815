/**
 * A finished conversation stays as it was (issue 13, point 7): what the individual and staff
 * said and chose is the record of that day. Afterwards staff add dated, named notes; the agreed
 * activity can still be marked as done; the person can agree (or stop agreeing) to share items in
 * a meeting together; and the screen's own state (which step shows, a break) can move. Every other change to a finished conversation is not kept. Pure, so every write path
 * (storage/conversation-writes.ts) applies the same rule.
 */
import { TOGETHER_LIMITS } from './together';
import type { Addition, Conversation } from './types';

/**
 * What of `changed` may land on `current`: everything while the conversation is open; once it is
 * finished, only the notes added since, the note being written, whether the activity happened,
 * what may be shared in a meeting, and where the screen is. Gives `current` itself when nothing else changed.
 */
export function keepFinishedRecord(current: Conversation, changed: Conversation): Conversation {
  if (current.status !== 'completed') return changed;
  const positive =
    current.positive && changed.positive
      ? { ...current.positive, doneAt: changed.positive.doneAt }
      : current.positive;
  const kept: Conversation = {
    ...current,
    step: changed.step,
    nextTimePart: changed.nextTimePart,
    isOnBreak: changed.isOnBreak,
    positive,
    additions: changed.additions,
    noteDraft: changed.noteDraft,
    shared: changed.shared,
  };
  const isSame =
    kept.step === current.step &&
    kept.nextTimePart === current.nextTimePart &&
    kept.isOnBreak === current.isOnBreak &&
    kept.positive?.doneAt === current.positive?.doneAt &&
    kept.additions === current.additions &&
    kept.noteDraft === current.noteDraft &&
    kept.shared === current.shared;
  return isSame ? current : kept;
}

/** The note being written, kept as typed (finished conversations only). */
export function draftNote(c: Conversation, text: string): Conversation {
  const noteDraft = text.slice(0, TOGETHER_LIMITS.staffNotes);
  return c.status !== 'completed' || (c.noteDraft ?? '') === noteDraft ? c : { ...c, noteDraft };
}

/**
 * The note being written becomes a dated addition by the named staff member, and the draft
 * empties. Nothing happens while the conversation is open (its staff notes are still its own) or
 * when there is nothing to add.
 */
export function addNote(
  c: Conversation,
  addition: Pick<Addition, 'id' | 'at' | 'actor'>,
): Conversation {
  const text = (c.noteDraft ?? '').trim();
  if (c.status !== 'completed' || text === '') return c;
  return { ...c, additions: [...(c.additions ?? []), { ...addition, text }], noteDraft: '' };
}
