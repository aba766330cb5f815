/**
 * Records checked when read: at each start, after the database opens and before any screen
 * reads, the records of the tables below are checked against their schemas
 * (domain/record-check.ts) — every record the first time, after a database upgrade, and once a
 * day (then after the first screen, so a large service does not wait for it); otherwise only
 * those written since the last full check began, found by their change time's index, so a start
 * reads what changed, not the whole service.
 * A well-formed database is only read. A record that fails is either mended — written back
 * mended, with a fresh stamp, and a copy of it as it was kept in `setAside` — or, when it cannot
 * be mended, moved whole into `setAside`. Nothing is deleted: both are counted for staff
 * (set-aside-repo.ts). Media is not swept: reading every picture's bytes at each start would cost
 * far more than the check; the codec may check a picture when it is read (`checkRecord`).
 */
import type { IndexableType, Table } from 'dexie';
import { newRecordId } from './transaction-plans';
import { checkRecord, type CheckedTable, type SetAsideEntry } from '../domain/record-check';
import type { RestoryDb } from './db';
import { writeTransaction } from './protection';

const SWEPT_TABLES = [
  'people',
  'cards',
  'boards',
  'overrides',
  'conversations',
  'tombstones',
  'audit',
  'incidents',
  'plans',
  'stories',
] as const satisfies readonly CheckedTable[];

type SweptTable = (typeof SWEPT_TABLES)[number];
type Row = Record<string, unknown>;

/** The index of each swept table that holds when a row last changed. */
const CHANGED_AT: Readonly<Record<SweptTable, string>> = {
  people: 'updatedAt',
  cards: 'updatedAt',
  boards: 'updatedAt',
  overrides: 'updatedAt',
  conversations: 'updatedAt',
  tombstones: 'deletedAt',
  audit: 'at',
  incidents: 'updatedAt',
  plans: 'updatedAt',
  stories: 'updatedAt',
};

/**
 * Device-only setting (never backed up): when the last check of every record began, and the
 * database version it ran on.
 */
export const FULL_CHECK_KEY = 'recordsFullyCheckedAt';
/** How long a full check lasts before the next start runs another, after the first screen. */
export const FULL_CHECK_EVERY_MS = 24 * 60 * 60 * 1000;

interface FullCheck {
  readonly at: number;
  readonly version: number;
}

function fullCheckOf(value: unknown): FullCheck | null {
  if (typeof value !== 'object' || value === null) return null;
  const { at, version } = value as Record<string, unknown>;
  return typeof at === 'number' && typeof version === 'number' ? { at, version } : null;
}

interface Finding {
  readonly table: CheckedTable;
  readonly original: Row;
  readonly entry: SetAsideEntry;
  /** The record to write back, or undefined when it moves aside. */
  readonly mended: Row | undefined;
}

export interface SweepReport {
  readonly checked: number;
  readonly mended: number;
  readonly setAside: number;
}

/** The fields that change on every write: the same values mean nobody wrote in between. */
const isSameVersion = (a: Row | undefined, b: Row) =>
  a !== undefined &&
  a['stamp'] === b['stamp'] &&
  a['updatedAt'] === b['updatedAt'] &&
  a['revision'] === b['revision'];

function findProblems(table: CheckedTable, rows: readonly Row[], at: number): Finding[] {
  const found: Finding[] = [];
  for (const original of rows) {
    const check = checkRecord(table, original);
    if (check.outcome === 'ok') continue;
    const mended = check.outcome === 'mended' ? (check.record as Row) : undefined;
    const entry: SetAsideEntry = {
      id: newRecordId(),
      table,
      // The primary key is `id` in every swept table, and IndexedDB keeps it there.
      key: original['id'],
      at,
      reason: mended ? 'mended' : 'unreadable',
      problem: check.problem,
      row: original,
    };
    found.push({ table, original, entry, mended });
  }
  return found;
}

/** A mended conversation counts as a change, so a write from another tab re-reads it. */
function toWrite(table: CheckedTable, mended: Row): Row {
  if (table !== 'conversations' || typeof mended['revision'] !== 'number') return mended;
  return { ...mended, revision: mended['revision'] + 1 };
}

async function keepAside(db: RestoryDb, found: readonly Finding[]): Promise<readonly Finding[]> {
  const tables = [...new Set(found.map((f) => f.table))].map((name) => db.table<Row>(name));
  return writeTransaction([...tables, db.setAside], async () => {
    const kept: Finding[] = [];
    for (const finding of found) {
      const table: Table<Row, IndexableType> = db.table(finding.table);
      const key = finding.entry.key as IndexableType;
      // Changed since it was read (another tab): the next start checks it again.
      if (!isSameVersion(await table.get(key), finding.original)) continue;
      await db.setAside.add(finding.entry);
      // Moved, not erased: the record stays whole in setAside, so it leaves no tombstone.
      if (finding.mended) await table.put(toWrite(finding.table, finding.mended));
      else await table.delete(key);
      kept.push(finding);
    }
    return kept;
  });
}

/**
 * Checks every record of the swept tables, or with `since` only those changed at or after that
 * time; writes only when one fails. It is handed the connection rather than importing it, so its
 * lazily loaded chunk shares nothing with the first screen's but the schemas' helpers (the
 * database module stays where it was).
 */
export async function checkStoredRecords(
  db: RestoryDb,
  { since }: { readonly since?: number } = {},
): Promise<SweepReport> {
  const at = Date.now();
  let checked = 0;
  // Each table is checked as soon as it is read, while IndexedDB reads the next ones.
  const perTable = await Promise.all(
    SWEPT_TABLES.map(async (name) => {
      const table = db.table<Row>(name);
      const rows = await (since === undefined
        ? table.toArray()
        : table.where(CHANGED_AT[name]).aboveOrEqual(since).toArray());
      checked += rows.length;
      return findProblems(name, rows, at);
    }),
  );
  const found = perTable.flat();
  if (found.length === 0) return { checked, mended: 0, setAside: 0 };
  const kept = await keepAside(db, found);
  const mended = kept.filter((f) => f.mended).length;
  return { checked, mended, setAside: kept.length - mended };
}

/** Checks every record and remembers when that check began (rows changed since are newer). */
async function checkAll(db: RestoryDb): Promise<SweepReport> {
  const began = Date.now();
  const report = await checkStoredRecords(db);
  await db.settings.put({ key: FULL_CHECK_KEY, value: { at: began, version: db.verno } });
  return report;
}

/**
 * Before the first screen: every record when none was ever fully checked here or the database
 * was upgraded since; otherwise only those changed since the last full check began.
 */
export async function checkBeforeStart(db: RestoryDb): Promise<SweepReport> {
  const last = fullCheckOf((await db.settings.get(FULL_CHECK_KEY))?.value);
  if (last === null || last.version !== db.verno) return checkAll(db);
  return checkStoredRecords(db, { since: last.at });
}

/** After the first screen: every record again, once the last full check is a day old. */
export async function checkAllWhenDue(
  db: RestoryDb,
  time = Date.now(),
): Promise<SweepReport | null> {
  const last = fullCheckOf((await db.settings.get(FULL_CHECK_KEY))?.value);
  if (last !== null && last.version === db.verno && time - last.at < FULL_CHECK_EVERY_MS) {
    return null;
  }
  return checkAll(db);
}
