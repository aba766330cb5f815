/**
 * The one way a conversation changes. Each call is one user action and one transaction. A change
 * is computed outside the transaction from the record as read, then written only if no other tab
 * wrote in between (the revision still matches); otherwise it is recomputed. This keeps the door
 * open for encrypting a record before its transaction opens.
 */
import { keepFinishedRecord } from '../domain/finished-record';
import type { Conversation, Media, Setting } from '../domain/types';
import { noteInAudit } from './audit-repo';
import { db, now } from './database';
import { eraseRecords } from './erase';
import { WriteQueue } from './write-queue';
import { writeTransaction } from './protection';

const MAX_ATTEMPTS = 5;

export class ConversationNotFoundError extends Error {
  constructor(id: string) {
    super(`Conversation ${id} was not found`);
    this.name = 'ConversationNotFoundError';
  }
}

/** Writes from this tab to one conversation run in order, so fast typing never lands out of order. */
const writes = new WriteQueue();

/** Resolves once every conversation write this tab has started has landed (or failed). */
export function whenWritesSettle(): Promise<void> {
  return writes.settled();
}

/**
 * Records written in the same transaction as the conversation change, so one intent is one
 * write: a drawing and the conversation that points to it, or the setting that opens Together on
 * this tablet and the conversation it opens. All land, or none do.
 */
export interface AlsoWritten {
  readonly put?: Media;
  readonly deleteIds?: (before: Conversation) => readonly string[];
  readonly settings?: readonly Setting[];
}

export function updateConversation(
  id: string,
  change: (current: Conversation) => Conversation,
  also?: AlsoWritten,
): Promise<Conversation> {
  return writes.inTurn(id, () => writeWithRetry(id, change, also));
}

async function writeWithRetry(
  id: string,
  change: (current: Conversation) => Conversation,
  also: AlsoWritten | undefined,
): Promise<Conversation> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const current = await db.conversations.get(id);
    if (!current) throw new ConversationNotFoundError(id);
    // A finished conversation keeps its record: only what may follow it lands.
    const changed = keepFinishedRecord(current, change(current));
    if (changed === current) {
      // Nothing changes in the conversation (e.g. another tab began it): settings still land.
      if (also?.settings) await db.settings.bulkPut([...also.settings]);
      return current;
    }
    const next: Conversation = { ...changed, revision: current.revision + 1, updatedAt: now() };
    const tables = [db.conversations, db.media, db.tombstones, db.audit, db.settings];
    const written = await writeTransaction(tables, async () => {
      const fresh = await db.conversations.get(id);
      if (fresh?.revision !== current.revision) return false;
      await db.conversations.put(next);
      if (also?.put) await db.media.put(also.put);
      const gone = also?.deleteIds?.(current) ?? [];
      await eraseRecords('media', gone);
      if (also?.settings) await db.settings.bulkPut([...also.settings]);
      await noteInAudit({
        action: 'changed',
        subject: 'conversation',
        recordId: id,
        personId: next.personId,
      });
      return true;
    });
    if (written) return next;
  }
  throw new Error(`Conversation ${id} kept changing under this write`);
}
