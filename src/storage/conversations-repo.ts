/**
 * Writes to conversations before and during "What happened?": start, plan, story, preparation,
 * readiness and breaks. Each call is one user action and one transaction (see conversation-writes).
 */
import { newRecordId } from './transaction-plans';
import { makeConversation } from '../domain/records';
import { applyStoryCommand, undoOf, type StoryCommand } from '../domain/storyboard';
import { isReadinessItem } from '../domain/readiness';
import {
  EMPTY_PREPARATION,
  PREPARATION_LIMITS,
  type Conversation,
  type Preparation,
  type ReadinessAnswer,
} from '../domain/types';
import { ConversationNotFoundError, updateConversation } from './conversation-writes';
import { noteInAudit } from './audit-repo';
import { db, now } from './database';
import { ACTIVE_TOGETHER_KEY, togetherOpenOn } from './session-repo';
import { writeTransaction } from './protection';

export { ConversationNotFoundError };

/**
 * Starts a new conversation for a person on "Welcome", with one empty story step, without
 * opening Together on this tablet (a conversation can be resumed from the person's page).
 */
export function startConversation(personId: string): Promise<string> {
  return addConversation(personId, 'in-progress');
}

/**
 * "Start together" with nothing prepared: a new conversation on "Welcome", open in Together on
 * this tablet. One write, so the tablet is never locked to a conversation that was not stored,
 * nor a new conversation left outside Together.
 */
export function startTogether(personId: string): Promise<string> {
  return addConversation(personId, 'in-progress', true);
}

/** Where "Start together" goes on: "Are we ready?" for a prepared one, or Together itself. */
export interface WayIn {
  readonly conversationId: string;
  readonly next: 'ready' | 'together';
}

/**
 * "Start together" on the People list and on the person's page: the one way in. It continues
 * what is already there — the conversation open in Together on this tablet, or the person's
 * planned or postponed conversation (through "Are we ready?") — and starts a new one only when
 * there is none, so a second tap or the other button never makes a second conversation.
 */
export async function startOrContinueTogether(personId: string): Promise<WayIn> {
  const open = (await db.settings.get(ACTIVE_TOGETHER_KEY))?.value;
  if (typeof open === 'string' && (await db.conversations.get(open))?.personId === personId) {
    return { conversationId: open, next: 'together' };
  }
  // Only the person's own conversations: a talk with someone affected is never continued here.
  const [waiting] = (await db.conversations.where('personId').equals(personId).toArray())
    .filter((c) => c.kind === 'own' && (c.status === 'planned' || c.status === 'postponed'))
    .sort((a, b) => b.updatedAt - a.updatedAt);
  if (waiting) {
    if (waiting.status === 'postponed') await reopenConversation(waiting.id);
    return { conversationId: waiting.id, next: 'ready' };
  }
  return { conversationId: await startTogether(personId), next: 'together' };
}

/**
 * Discards a prepared (planned or postponed) conversation that was never held, with what was
 * prepared; one that has begun is kept (it is part of the person's record).
 */
export async function discardPreparedConversation(conversationId: string): Promise<void> {
  // Loaded when used: erasing is not needed for the first screen.
  const { eraseConversationNeverHeld } = await import('./person-erase');
  await eraseConversationNeverHeld(conversationId);
}

/**
 * For the incidents repository, which makes the conversations of an incident: taking these from
 * here (already on the first screen) rather than from their own modules keeps the bundler from
 * splitting those modules into extra first-screen files.
 */
export { makeConversation, togetherOpenOn };

/** Plans a conversation to prepare before it happens; returns its id. */
export function planConversation(personId: string): Promise<string> {
  return addConversation(personId, 'planned');
}

async function addConversation(
  personId: string,
  status: 'planned' | 'in-progress',
  isOpeningTogether = false,
): Promise<string> {
  const conversation = makeConversation({
    id: newRecordId(),
    personId,
    firstFrameId: newRecordId(),
    status,
    time: now(),
  });
  const tables = [db.people, db.conversations, db.audit, db.settings];
  await writeTransaction(tables, async () => {
    if (!(await db.people.get(personId))) throw new Error(`Person ${personId} was not found`);
    await db.conversations.add(conversation);
    if (isOpeningTogether) await db.settings.put(togetherOpenOn(conversation.id));
    await noteInAudit({
      action: 'created',
      subject: 'conversation',
      recordId: conversation.id,
      personId,
    });
  });
  return conversation.id;
}

/** Applies one storyboard command and stores the result. */
export function applyStoryChange(
  conversationId: string,
  command: StoryCommand,
): Promise<Conversation> {
  return updateConversation(conversationId, (c) => {
    const story = applyStoryCommand(c.story, command);
    return story === c.story ? c : { ...c, story };
  });
}

/**
 * Takes a step or a picture out of the story, and returns the command that puts it back as it
 * was stored at that moment (words typed just before included), or null when nothing went.
 */
export async function takeOutOfStory(
  conversationId: string,
  command: StoryCommand,
): Promise<StoryCommand | null> {
  let undo: StoryCommand | null = null;
  await updateConversation(conversationId, (c) => {
    const story = applyStoryCommand(c.story, command);
    if (story === c.story) return c;
    undo = undoOf(c.story, command);
    return { ...c, story };
  });
  return undo;
}

/** Saves what staff prepared; only the fields given change. */
export function savePreparation(
  conversationId: string,
  changes: Partial<Preparation>,
): Promise<Conversation> {
  const clamped = { ...changes };
  for (const [field, limit] of Object.entries(PREPARATION_LIMITS) as [
    keyof typeof PREPARATION_LIMITS,
    number,
  ][]) {
    const value = clamped[field];
    if (value !== undefined) clamped[field] = value.slice(0, limit);
  }
  return updateConversation(conversationId, (c) => ({
    ...c,
    preparation: { ...(c.preparation ?? EMPTY_PREPARATION), ...clamped },
  }));
}

/** Stores one answer to "Are we ready?". */
export function answerReadiness(
  conversationId: string,
  item: string,
  answer: ReadinessAnswer,
): Promise<Conversation> {
  if (!isReadinessItem(item)) return Promise.reject(new Error(`Unknown readiness item ${item}`));
  return updateConversation(conversationId, (c) =>
    c.readiness[item] === answer ? c : { ...c, readiness: { ...c.readiness, [item]: answer } },
  );
}

/** Puts a planned conversation off to another day (yyyy-mm-dd, or empty when not yet known). */
export function postponeConversation(conversationId: string, date: string): Promise<Conversation> {
  return updateConversation(conversationId, (c) => ({
    ...c,
    status: 'postponed',
    rescheduledFor: date,
  }));
}

/** Brings a postponed conversation back to planning, with fresh readiness answers. */
export function reopenConversation(conversationId: string): Promise<Conversation> {
  return updateConversation(conversationId, (c) => ({ ...c, status: 'planned', readiness: {} }));
}

/** A planned or postponed conversation, begun now; a started one is left as it is. */
function begun(c: Conversation): Conversation {
  return c.status === 'planned' || c.status === 'postponed'
    ? { ...c, status: 'in-progress', startedAt: now() }
    : c;
}

/** Begins a planned or postponed conversation without opening Together on this tablet. */
export function beginConversation(conversationId: string): Promise<Conversation> {
  return updateConversation(conversationId, begun);
}

/**
 * "Start together" after "Are we ready?": begins the conversation and opens Together on this
 * tablet in one write, so neither happens without the other.
 */
export function beginTogether(conversationId: string): Promise<Conversation> {
  return updateConversation(conversationId, begun, {
    settings: [togetherOpenOn(conversationId)],
  });
}

/** The individual takes a break: stored, so a reload during the break returns to it. */
export function startBreak(conversationId: string): Promise<Conversation> {
  return updateConversation(conversationId, (c) => (c.isOnBreak ? c : { ...c, isOnBreak: true }));
}

/** Back to talking: only the flag changes, so the step and the story are exactly as they were. */
export function endBreak(conversationId: string): Promise<Conversation> {
  return updateConversation(conversationId, (c) => (c.isOnBreak ? { ...c, isOnBreak: false } : c));
}
