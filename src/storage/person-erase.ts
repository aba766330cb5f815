/**
 * Erasing a person from this device: their record and every record that belongs to them, each
 * leaving a tombstone (id, table, time: nothing personal) so other tablets learn of it later.
 *
 * What belongs to a person is listed in PERSON_OWNED: a table and the field that points at the
 * person. A new person-owned table (plans, stories…) is one more line there; the test in
 * people-repo.test.ts fails if a table indexed by personId or ownerId is missing from the list.
 */
import { noteInAudit } from './audit-repo';
import { db } from './database';
import type { TableName } from './db';
import { RESTORE_SNAPSHOT_KEY } from './backup/restore-snapshot';
import { eraseRecords, eraseSetAside, eraseSettings, type ErasableTable } from './erase';
import { sweepErasedCopies } from './erase-sweep';
import { ACTIVE_TOGETHER_KEY } from './session-repo';
import { writeTransaction } from './protection';

interface Owned {
  readonly table: ErasableTable;
  /** An indexed field holding the owner's id. */
  readonly field: string;
}

/** Tables whose records belong to a person. Add plans, stories… here, one line each. */
export const PERSON_OWNED: readonly Owned[] = [
  { table: 'conversations', field: 'personId' },
  { table: 'media', field: 'ownerId' },
  { table: 'incidents', field: 'personId' },
  { table: 'plans', field: 'personId' },
  { table: 'stories', field: 'personId' },
  { table: 'boards', field: 'personId' },
];

/**
 * Records that belong to one of the person's records: a drawing or a sound made in one of their
 * conversations, the cards of their personal boards.
 */
export const CONVERSATION_OWNED: readonly Owned[] = [
  { table: 'media', field: 'ownerId' },
  { table: 'cards', field: 'boardId' },
];

const ERASE_TABLES = [
  ...new Set<TableName>([
    'people',
    'settings',
    'tombstones',
    'audit',
    'setAside',
    ...PERSON_OWNED.map((o) => o.table),
    ...CONVERSATION_OWNED.map((o) => o.table),
  ]),
];

async function eraseOwnedBy(owners: readonly string[], list: readonly Owned[]) {
  const erased: string[] = [];
  for (const { table, field } of list) {
    if (owners.length === 0) break;
    const keys = await db
      .table(table)
      .where(field)
      .anyOf([...owners])
      .primaryKeys();
    const ids = keys.filter((key): key is string => typeof key === 'string');
    await eraseRecords(table, ids);
    erased.push(...ids);
  }
  return erased;
}

/**
 * The audit log keeps that something happened, when and by whom, but no longer points at the
 * erased person or their records (call inside the erase transaction).
 */
async function forgetInAudit(personId: string, ownedIds: readonly string[]): Promise<void> {
  const gone = new Set([personId, ...ownedIds]);
  await db.audit
    .filter(
      (entry) =>
        (entry.personId !== null && gone.has(entry.personId)) ||
        (entry.recordId !== null && gone.has(entry.recordId)),
    )
    .modify({ personId: null, recordId: null });
}

/** Fields of a kept-aside record that may point at a person or at one of their conversations. */
const OWNER_FIELDS = ['id', 'personId', 'ownerId', 'recordId'] as const;

const isRow = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

const idsIn = (row: unknown): string[] =>
  isRow(row)
    ? OWNER_FIELDS.map((name) => row[name]).filter((id): id is string => typeof id === 'string')
    : [];

/**
 * Copies of the person's records that the start-up check kept aside (record-sweep.ts): the
 * person, their conversations (stored or only kept aside) and what points at either. Read before
 * the erase transaction, as the copies are personal.
 */
async function setAsideCopiesOf(personId: string): Promise<string[]> {
  const entries = await db.setAside.toArray();
  const stored = await db.conversations.where('personId').equals(personId).primaryKeys();
  const gone = new Set<string>([personId, ...stored]);
  for (const { table, row } of entries) {
    const id = isRow(row) ? row['id'] : undefined;
    const isTheirs = table === 'conversations' && isRow(row) && row['personId'] === personId;
    if (isTheirs && typeof id === 'string') gone.add(id);
  }
  return entries.filter(({ row }) => idsIn(row).some((id) => gone.has(id))).map((e) => e.id);
}

/**
 * Erases the person and all that belongs to them, in one transaction; then asks the browser to
 * drop the copies its own files still hold (erase-sweep.ts).
 */
export async function deletePersonEverywhere(personId: string): Promise<void> {
  const keptAside = await setAsideCopiesOf(personId);
  await writeTransaction(ERASE_TABLES, async () => {
    const owned = await eraseOwnedBy([personId], PERSON_OWNED);
    await eraseOwnedBy(owned, CONVERSATION_OWNED);
    const active = await db.settings.get(ACTIVE_TOGETHER_KEY);
    if (typeof active?.value === 'string' && owned.includes(active.value)) {
      await eraseSettings([ACTIVE_TOGETHER_KEY]);
    }
    await eraseRecords('people', [personId]);
    // The pre-restore snapshot holds everyone's records; an erased person must not stay in it.
    await eraseSettings([RESTORE_SNAPSHOT_KEY]);
    await forgetInAudit(personId, owned);
    await eraseSetAside(keptAside);
    await noteInAudit({ action: 'deleted', subject: 'person', recordId: null, personId: null });
  });
  await sweepErasedCopies();
}

/** Only a conversation that was prepared and never held can be discarded. */
export class NotDiscardableError extends Error {}

/**
 * Erases a prepared conversation that was never held, with the pictures made for it, in one
 * transaction (each leaves a tombstone); the activity log notes it. The browser's copies are
 * swept as after erasing a person.
 */
export async function eraseConversationNeverHeld(conversationId: string): Promise<void> {
  await writeTransaction(ERASE_TABLES, async () => {
    const conversation = await db.conversations.get(conversationId);
    if (!conversation) return;
    const isWaiting = conversation.status === 'planned' || conversation.status === 'postponed';
    if (!isWaiting || conversation.startedAt !== null) throw new NotDiscardableError();
    await eraseOwnedBy([conversationId], CONVERSATION_OWNED);
    await eraseRecords('conversations', [conversationId]);
    await noteInAudit({
      action: 'deleted',
      subject: 'conversation',
      recordId: conversationId,
      personId: conversation.personId,
    });
  });
  await sweepErasedCopies();
}
