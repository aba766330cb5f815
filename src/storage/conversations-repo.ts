/**
 * Writes to conversations. Each call is one user action and one transaction. A change is computed
 * outside the transaction from the record as read, then written only if no other tab wrote in
 * between (the revision still matches); otherwise it is recomputed. This keeps the door open for
 * encrypting a record before its transaction opens.
 */
import { makeConversation } from '../domain/records';
import { applyStoryCommand, type StoryCommand } from '../domain/storyboard';
import { isReadinessItem } from '../domain/readiness';
import {
  EMPTY_PREPARATION,
  PREPARATION_LIMITS,
  type Conversation,
  type Preparation,
  type ReadinessAnswer,
} from '../domain/types';
import { db, newId, now } from './database';

const MAX_ATTEMPTS = 5;

export class ConversationNotFoundError extends Error {
  constructor(id: string) {
    super(`Conversation ${id} was not found`);
    this.name = 'ConversationNotFoundError';
  }
}

/** Writes from this tab to one conversation run in order, so fast typing never lands out of order. */
const writeQueues = new Map<string, Promise<unknown>>();

function updateConversation(
  id: string,
  change: (current: Conversation) => Conversation,
): Promise<Conversation> {
  const previous = writeQueues.get(id) ?? Promise.resolve();
  const result = previous.catch(() => undefined).then(() => writeWithRetry(id, change));
  const settled = result.catch(() => undefined);
  writeQueues.set(id, settled);
  void settled.then(() => {
    if (writeQueues.get(id) === settled) writeQueues.delete(id);
  });
  return result;
}

async function writeWithRetry(
  id: string,
  change: (current: Conversation) => Conversation,
): Promise<Conversation> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const current = await db.conversations.get(id);
    if (!current) throw new ConversationNotFoundError(id);
    const changed = change(current);
    if (changed === current) return current;
    const next: Conversation = { ...changed, revision: current.revision + 1, updatedAt: now() };
    const written = await db.transaction('rw', db.conversations, async () => {
      const fresh = await db.conversations.get(id);
      if (fresh?.revision !== current.revision) return false;
      await db.conversations.put(next);
      return true;
    });
    if (written) return next;
  }
  throw new Error(`Conversation ${id} kept changing under this write`);
}

/** Starts a new conversation for a person on the storyboard with one empty step. */
export function startConversation(personId: string): Promise<string> {
  return addConversation(personId, 'in-progress');
}

/** Plans a conversation to prepare before it happens; returns its id. */
export function planConversation(personId: string): Promise<string> {
  return addConversation(personId, 'planned');
}

async function addConversation(
  personId: string,
  status: 'planned' | 'in-progress',
): Promise<string> {
  const conversation = makeConversation({
    id: newId(),
    personId,
    firstFrameId: newId(),
    status,
    time: now(),
  });
  await db.transaction('rw', db.people, db.conversations, async () => {
    if (!(await db.people.get(personId))) throw new Error(`Person ${personId} was not found`);
    await db.conversations.add(conversation);
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

/** Begins Together for a planned or postponed conversation; a started one is left as it is. */
export function beginConversation(conversationId: string): Promise<Conversation> {
  return updateConversation(conversationId, (c) =>
    c.status === 'planned' || c.status === 'postponed'
      ? { ...c, status: 'in-progress', startedAt: now() }
      : c,
  );
}

/** The individual takes a break: stored, so a reload during the break returns to it. */
export function startBreak(conversationId: string): Promise<Conversation> {
  return updateConversation(conversationId, (c) => (c.isOnBreak ? c : { ...c, isOnBreak: true }));
}

/** Back to talking: only the flag changes, so the step and the story are exactly as they were. */
export function endBreak(conversationId: string): Promise<Conversation> {
  return updateConversation(conversationId, (c) => (c.isOnBreak ? { ...c, isOnBreak: false } : c));
}
