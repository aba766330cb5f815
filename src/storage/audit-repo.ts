/**
 * The audit log: who created, changed, deleted, exported or restored records. Entries are written
 * inside the transaction of the change they describe, so the log never claims a change that did
 * not land. "Changed" is noted at most once per record and person every 10 minutes: a caption
 * typed letter by letter is one change, not forty.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { newId } from '../domain/ids';
import type { AuditAction, AuditEntry, AuditSubject } from '../domain/types';
import { db, now } from './database';

/** Persisted setting name: the staff name given when unlocking. Device-only: not in backups. */
export const STAFF_NAME_KEY = 'staffName';
export const MAX_STAFF_NAME_LENGTH = 80;
const CHANGE_QUIET_MS = 10 * 60 * 1000;
const SHOWN_ENTRIES = 50;

export interface AuditNote {
  readonly action: AuditAction;
  readonly subject: AuditSubject;
  readonly recordId: string | null;
  readonly personId: string | null;
}

export async function readStaffName(): Promise<string> {
  const stored = (await db.settings.get(STAFF_NAME_KEY))?.value;
  return typeof stored === 'string' ? stored : '';
}

/** Who is using the tablet now; written when staff unlock Together or in Settings. */
export async function saveStaffName(name: string): Promise<void> {
  await db.settings.put({
    key: STAFF_NAME_KEY,
    value: name.trim().slice(0, MAX_STAFF_NAME_LENGTH),
  });
}

export function useStaffName(): string | undefined {
  return useLiveQuery(readStaffName);
}

/** Adds an entry. Call inside a read-write transaction that includes `audit` and `settings`. */
export async function noteInAudit(note: AuditNote): Promise<void> {
  const actor = await readStaffName();
  const at = now();
  if (note.action === 'changed' && note.recordId !== null) {
    const recent = await db.audit.where('recordId').equals(note.recordId).reverse().sortBy('at');
    const last = recent[0];
    if (last?.action === 'changed' && last.actor === actor && at - last.at < CHANGE_QUIET_MS)
      return;
  }
  await db.audit.add({ id: newId(), at, actor, ...note });
}

/** Adds an entry in a transaction of its own (exports, which change no records). */
export function recordInAudit(note: AuditNote): Promise<void> {
  return db.transaction('rw', db.audit, db.settings, () => noteInAudit(note));
}

/** Newest first, the latest fifty. */
export function useAuditLog(): AuditEntry[] | undefined {
  return useLiveQuery(() => db.audit.orderBy('at').reverse().limit(SHOWN_ENTRIES).toArray());
}
