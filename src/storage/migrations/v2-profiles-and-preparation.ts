/**
 * Version 2: people gain a profile (picture, communication, likes, what calms them, archive) and
 * conversations gain preparation, readiness answers, a rescheduled date, the break flag and start
 * and finish times. No index changes; every existing record gets the new fields' defaults, and
 * nothing already stored is changed. The same defaults bring version-1 rows in old backups up to
 * date (storage/backup), so both paths stay identical.
 */
import type { Transaction } from 'dexie';

type Row = Record<string, unknown>;

/**
 * The defaults as version 2 shipped them, frozen here: a later change to the app's defaults
 * must never change what this migration writes.
 */
const V2_COMMUNICATION = Object.freeze({
  symbols: true,
  photos: true,
  readsText: false,
  speech: true,
});

function setDefault(row: Row, key: string, value: unknown): void {
  if (!(key in row)) row[key] = value;
}

/** Fills a version-1 person row's missing profile fields in place. */
export function addV2PersonDefaults(person: Row): void {
  setDefault(person, 'picture', null);
  setDefault(person, 'communication', { ...V2_COMMUNICATION });
  setDefault(person, 'likes', []);
  setDefault(person, 'calming', []);
  setDefault(person, 'archivedAt', null);
}

/** Fills a version-1 conversation row's missing preparation fields in place. */
export function addV2ConversationDefaults(conversation: Row): void {
  setDefault(conversation, 'preparation', null);
  setDefault(conversation, 'readiness', {});
  setDefault(conversation, 'rescheduledFor', '');
  setDefault(conversation, 'isOnBreak', false);
  setDefault(
    conversation,
    'startedAt',
    conversation['status'] === 'in-progress' ? conversation['createdAt'] : null,
  );
  setDefault(conversation, 'completedAt', null);
}

export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx.table('people').toCollection().modify(addV2PersonDefaults);
  await tx.table('conversations').toCollection().modify(addV2ConversationDefaults);
}
