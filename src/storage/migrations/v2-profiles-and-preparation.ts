/**
 * Version 2: people gain a profile (picture, communication, likes, what calms them, archive) and
 * conversations gain preparation, readiness answers, a rescheduled date, the break flag and start
 * and finish times. No index changes; every existing record gets the new fields' defaults, and
 * nothing already stored is changed.
 */
import type { Transaction } from 'dexie';
import { DEFAULT_COMMUNICATION } from '../../domain/types';

type Row = Record<string, unknown>;

function setDefault(row: Row, key: string, value: unknown): void {
  if (!(key in row)) row[key] = value;
}

export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('people')
    .toCollection()
    .modify((person: Row) => {
      setDefault(person, 'picture', null);
      setDefault(person, 'communication', DEFAULT_COMMUNICATION);
      setDefault(person, 'likes', []);
      setDefault(person, 'calming', []);
      setDefault(person, 'archivedAt', null);
    });
  await tx
    .table('conversations')
    .toCollection()
    .modify((conversation: Row) => {
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
    });
}
