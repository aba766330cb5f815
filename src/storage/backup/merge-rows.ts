/**
 * Merging a backup into what the tablet holds, record by record (call inside one transaction
 * over every table): the newer change wins, and a deletion (tombstone, here or in the backup)
 * wins over any record that is not newer than it. "Newer" is by change stamp (domain/hlc.ts) when
 * both sides have one, so neither tablet's clock is trusted; rows from before stamps compare by
 * time. Settings the tablet already has stay.
 */
import { compareStamps, type Stamp } from '../../domain/hlc';
import type { Tombstone } from '../../domain/types';
import { db } from '../database';
import type { BackupRows } from './zip-backup';

interface Stamped {
  readonly id: string;
  readonly updatedAt: number;
  readonly stamp?: Stamp;
}

/** When a change happened, as far as two changes can be compared. */
interface ChangeTime {
  readonly time: number;
  readonly stamp?: Stamp | undefined;
}

const changeOf = (row: Stamped): ChangeTime => ({ time: row.updatedAt, stamp: row.stamp });
const deletionOf = (t: Tombstone): ChangeTime => ({ time: t.deletedAt, stamp: t.stamp });

/** Negative when `a` happened before `b`. */
function compareChanges(a: ChangeTime, b: ChangeTime): number {
  return a.stamp && b.stamp ? compareStamps(a.stamp, b.stamp) : a.time - b.time;
}

const STAMPED_TABLES = [
  'people',
  'cards',
  'boards',
  'overrides',
  'conversations',
  'media',
  'incidents',
  'plans',
  'stories',
] as const;

type Deletions = ReadonlyMap<string, ChangeTime>;
const deletionKey = (table: string, id: string) => `${table}\u0000${id}`;

async function collectDeletions(incoming: readonly Tombstone[], ids: readonly string[]) {
  const deletions = new Map<string, ChangeTime>();
  const stored = (await db.tombstones.bulkGet([...ids])).flatMap((t) => (t ? [t] : []));
  for (const tombstone of [...stored, ...incoming]) {
    const key = deletionKey(tombstone.table, tombstone.id);
    const known = deletions.get(key);
    const deletion = deletionOf(tombstone);
    if (!known || compareChanges(known, deletion) < 0) deletions.set(key, deletion);
  }
  return deletions;
}

async function mergeTable(
  name: (typeof STAMPED_TABLES)[number],
  incoming: readonly Stamped[],
  deletions: Deletions,
): Promise<number> {
  const table = db.table<Stamped, string>(name);
  const stored = await table.bulkGet(incoming.map((row) => row.id));
  const winners = incoming.filter((row, index) => {
    const deletion = deletions.get(deletionKey(name, row.id));
    if (deletion && compareChanges(deletion, changeOf(row)) >= 0) return false;
    const current = stored[index];
    return !current || compareChanges(changeOf(current), changeOf(row)) < 0;
  });
  await table.bulkPut(winners);
  return winners.length;
}

/** Applies the backup's deletions to older records here, and keeps the newest tombstone. */
async function mergeTombstones(incoming: readonly Tombstone[]): Promise<number> {
  let removed = 0;
  for (const tombstone of incoming) {
    const name = STAMPED_TABLES.find((t) => t === tombstone.table);
    if (!name) continue;
    const table = db.table<Stamped, string>(name);
    const current = await table.get(tombstone.id);
    if (current && compareChanges(changeOf(current), deletionOf(tombstone)) <= 0) {
      await table.delete(tombstone.id);
      removed += 1;
    }
  }
  const stored = await db.tombstones.bulkGet(incoming.map((t) => t.id));
  await db.tombstones.bulkPut(
    incoming.filter((t, i) => {
      const known = stored[i];
      return !known || compareChanges(deletionOf(known), deletionOf(t)) < 0;
    }),
  );
  return removed;
}

/** Returns how many records were added, replaced or removed. */
export async function mergeRows(rows: BackupRows): Promise<number> {
  const ids = STAMPED_TABLES.flatMap((name) => rows[name].map((row) => row.id));
  const deletions = await collectDeletions(rows.tombstones, ids);
  let changed = 0;
  changed += await mergeTable('people', rows.people, deletions);
  changed += await mergeTable('cards', rows.cards, deletions);
  changed += await mergeTable('boards', rows.boards, deletions);
  changed += await mergeTable('overrides', rows.overrides, deletions);
  changed += await mergeTable('conversations', rows.conversations, deletions);
  changed += await mergeTable('media', rows.media, deletions);
  changed += await mergeTable('incidents', rows.incidents, deletions);
  changed += await mergeTable('plans', rows.plans, deletions);
  changed += await mergeTable('stories', rows.stories, deletions);
  changed += await mergeTombstones(rows.tombstones);
  const storedKeys = new Set(await db.settings.toCollection().primaryKeys());
  await db.settings.bulkAdd(rows.settings.filter((s) => !storedKeys.has(s.key)));
  return changed;
}
