/**
 * Writes to conversations. Each call is one user action and one transaction. A change is computed
 * outside the transaction from the record as read, then written only if no other tab wrote in
 * between (the revision still matches); otherwise it is recomputed. This keeps the door open for
 * encrypting a record before its transaction opens.
 */
import { makeConversation } from '../domain/records';
import { applyStoryCommand, type StoryCommand } from '../domain/storyboard';
import type { Conversation } from '../domain/types';
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
export async function startConversation(personId: string): Promise<string> {
  const conversation = makeConversation({
    id: newId(),
    personId,
    firstFrameId: newId(),
    status: 'in-progress',
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
