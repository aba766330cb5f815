/**
 * The audit log: who created, changed, deleted, exported or restored records. Entries are written
 * inside the transaction of the change they describe, so the log never claims a change that did
 * not land. "Changed" is noted at most once per record and person every 10 minutes in a tab: a
 * caption typed letter by letter is one change, not forty. Nothing personal is read inside the
 * transaction: the name comes from memory (staff-actor.ts), and so does the last note per record.
 */
import Dexie from 'dexie';
import { useLiveQuery } from './live-query';
import { newRecordId } from './transaction-plans';
import type { AuditAction, AuditEntry, AuditSubject } from '../domain/types';
import { TEXT_LIMITS } from '../domain/text-limits';
import { db, now } from './database';
import {
  currentActor,
  onDatabaseOpened,
  readNameFrom,
  rememberActor,
  STAFF_NAME_KEY,
} from './staff-actor';
import { writeTransaction } from './protection';

export { STAFF_NAME_KEY } from './staff-actor';
export const MAX_STAFF_NAME_LENGTH = TEXT_LIMITS.staffName;
const CHANGE_QUIET_MS = 10 * 60 * 1000;
const SHOWN_ENTRIES = 50;

export interface AuditNote {
  readonly action: AuditAction;
  readonly subject: AuditSubject;
  readonly recordId: string | null;
  readonly personId: string | null;
}

/** The last "changed" note per record in this tab, and the time of the last entry. */
const lastChanges = new Map<string, { readonly actor: string; readonly at: number }>();
let lastAt = 0;
onDatabaseOpened(() => {
  lastChanges.clear();
  lastAt = 0;
});

export async function readStaffName(): Promise<string> {
  return readNameFrom((await db.settings.get(STAFF_NAME_KEY))?.value);
}

/** Who is using the tablet now; written when staff unlock Together or in Settings. */
export async function saveStaffName(name: string): Promise<void> {
  const trimmed = name.trim().slice(0, MAX_STAFF_NAME_LENGTH);
  await writeTransaction([db.settings], () =>
    db.settings.put({ key: STAFF_NAME_KEY, value: trimmed }),
  );
  rememberActor(trimmed);
}

export function useStaffName(): string | undefined {
  return useLiveQuery(readStaffName);
}

/**
 * Adds an entry. Call inside a read-write transaction that includes `audit`. Entries of one tab
 * never share a time, so the log's order is the order of the changes.
 */
export async function noteInAudit(note: AuditNote): Promise<void> {
  const actor = currentActor();
  const at = Math.max(now(), lastAt + 1);
  lastAt = at;
  if (note.action === 'changed' && note.recordId !== null) {
    const recordId = note.recordId;
    const last = lastChanges.get(recordId);
    if (last?.actor === actor && at - last.at < CHANGE_QUIET_MS) return;
    // Remembered only once the change has landed: a failed write leaves the next one noted.
    Dexie.currentTransaction.on('complete', () => lastChanges.set(recordId, { actor, at }));
  }
  await db.audit.add({ id: newRecordId(), at, actor, ...note });
}

/** Adds an entry in a transaction of its own (exports, which change no records). */
export function recordInAudit(note: AuditNote): Promise<void> {
  return writeTransaction([db.audit], () => noteInAudit(note));
}

/** Newest first, the latest fifty. */
export function useAuditLog(): AuditEntry[] | undefined {
  return useLiveQuery(() => db.audit.orderBy('at').reverse().limit(SHOWN_ENTRIES).toArray());
}
