/**
 * "Protect with a passcode" inside storage (issue 16, decision 2): the switch, the unlocked
 * records, and the write transaction every repository uses.
 *
 * Storage never holds a key. The app gives it a `RecordSealer` when staff unlock (lib/record-seal
 * with the data key) and takes it back when the app locks. While protection is on:
 * - `openRecords` opens every stored payload but media's once, outside any transaction, so live
 *   queries and repositories read plain records as before;
 * - `writeTransaction` seals before its transaction writes (transaction-plans.ts);
 * - `readMedia` opens a photo, drawing or sound only when it is shown or played.
 */
import Dexie, { type Table } from 'dexie';
import type { Media, Setting } from '../domain/types';
import { isSealedPayload, packFields, type SealedPayload } from '../domain/sealed-payload';
import { PAYLOAD_FIELD } from './codec';
import { db } from './database';
import { watchStaffName } from './staff-actor';
import {
  LockedRecordError,
  PlainWriteError,
  PROTECTION_KEY,
  recordCipher,
  StaleRehearsalError,
} from './record-cipher';
import {
  planCurrentTransaction,
  READ_OPEN_OR_SEALED,
  READ_SEALED,
  WritePlan,
} from './transaction-plans';

type Row = Record<string, unknown>;

/** Seals and opens a record's payload with the data key; given by the app while unlocked. */
export interface RecordSealer {
  seal(table: string, key: string, fields: Row): Promise<SealedPayload>;
  open(table: string, key: string, sealed: SealedPayload): Promise<Row>;
}

/** The tables whose payloads are opened at unlock. Media is opened when it is needed. */
export const OPENED_AT_UNLOCK = [
  'people',
  'cards',
  'boards',
  'overrides',
  'conversations',
  'settings',
  'audit',
  'setAside',
  'incidents',
  'plans',
  'stories',
] as const;

/** Rehearsals before a write gives up: each retry means another tab wrote in between. */
const MAX_REHEARSALS = 5;

let sealer: RecordSealer | null = null;

/** The sealer while staff have unlocked; null while locked or not protected. */
export function currentSealer(): RecordSealer | null {
  return sealer;
}

/** Whether records are protected and, if so, whether they are open now. */
export function protectionState(): 'off' | 'locked' | 'open' {
  if (!recordCipher.isProtecting) return 'off';
  return sealer ? 'open' : 'locked';
}

interface SealedRow {
  readonly table: string;
  readonly key: string;
  readonly sealed: SealedPayload;
}

/** The field that holds a row's primary key in `table` ("id", or "key" for settings). */
export function keyFieldOf(table: Table): string {
  const keyPath = table.schema.primKey.keyPath;
  return typeof keyPath === 'string' ? keyPath : 'id';
}

/** Rows of `table` whose payloads are sealed, read as stored (nothing is opened inside). */
async function readSealedTable(name: string): Promise<SealedRow[]> {
  const table = db.table<Row>(name);
  const keyField = keyFieldOf(table);
  const rows = await db.transaction('r', table, async () => {
    planCurrentTransaction(READ_SEALED);
    // One getAll: a cursor costs a round trip for every row.
    return await table.toArray();
  });
  const found: SealedRow[] = [];
  for (const row of rows) {
    const sealed = row[PAYLOAD_FIELD];
    if (isSealedPayload(sealed)) found.push({ table: name, key: String(row[keyField]), sealed });
  }
  return found;
}

/** The sealed rows opened at unlock, one read for each table, all at once. */
export type RowsToOpen = readonly Promise<SealedRow[]>[];

/**
 * Starts reading what unlocking opens. It needs no key (the rows stay sealed), so the app starts
 * it while the key is derived from the passcode.
 */
export function readRowsToOpen(): RowsToOpen {
  const reading = OPENED_AT_UNLOCK.map(readSealedTable);
  // A wrong passcode leaves them unused: their failures are not unhandled.
  void Promise.allSettled(reading);
  return reading;
}

/**
 * Staff unlocked: every sealed payload but media's is opened, then storage reads and writes
 * through `given`. Throws (and stays locked) if one does not open: the wrong key. Each table's rows
 * are opened as soon as they are read; nothing is remembered until every one has opened.
 */
export async function openRecords(
  given: RecordSealer,
  reading: RowsToOpen = readRowsToOpen(),
): Promise<void> {
  const opened = await Promise.all(
    reading.map(async (rows) =>
      Promise.all(
        (await rows).map(async (row) => ({
          row,
          fields: await given.open(row.table, row.key, row.sealed),
        })),
      ),
    ),
  );
  for (const { row, fields } of opened.flat()) recordCipher.remember(row, row.sealed, fields);
  sealer = given;
  await watchStaffName(db, readOpened);
}

/** The tables whose new rows are being opened now, so reads that meet them at once share it. */
const openingNewRows = new Map<string, Promise<void>>();

/**
 * Opens the sealed rows of `table` that this session has not: written since unlock by another
 * tab (or read ahead before it). Nothing is remembered if the app locks meanwhile.
 */
async function openNewRows(table: string): Promise<void> {
  const given = sealer;
  if (!given || !(OPENED_AT_UNLOCK as readonly string[]).includes(table)) return;
  let opening = openingNewRows.get(table);
  if (!opening) {
    opening = (async () => {
      const rows = await readSealedTable(table);
      const opened = await Promise.all(
        rows
          .filter((row) => !recordCipher.isOpen(row, row.sealed))
          .map(async (row) => ({ row, fields: await given.open(table, row.key, row.sealed) })),
      );
      if (sealer !== given) return;
      for (const { row, fields } of opened) recordCipher.remember(row, row.sealed, fields);
    })().finally(() => openingNewRows.delete(table));
    openingNewRows.set(table, opening);
  }
  await opening;
}

/** Times a read opens new rows before it gives up: each means another tab wrote meanwhile. */
const MAX_REOPENS = 3;

/** The table of a record this session has not opened while unlocked, whose rows can be opened. */
function newRowTable(error: unknown): string | undefined {
  return error instanceof LockedRecordError && sealer ? error.table : undefined;
}

/**
 * Runs a read (every live query's, live-query.ts) while records are open. A record written since
 * unlock by another tab is not open here: its table's new rows are opened, and the read runs
 * again. Locked or not protected, the read runs as it is.
 */
export async function readOpened<T>(read: () => PromiseLike<T> | T): Promise<T> {
  for (let reopens = 0; ; reopens += 1) {
    try {
      return await read();
    } catch (error) {
      const table = newRowTable(error);
      if (table === undefined || reopens >= MAX_REOPENS) throw error;
      await openNewRows(table);
    }
  }
}

/**
 * Whether a read or write failed only because the records locked while it ran (staff locked, or
 * the time ran out): background work such as the record check stops there, and the next unlock
 * runs it again.
 */
export function isStoppedByLock(error: unknown): boolean {
  const isLockError = error instanceof LockedRecordError || error instanceof PlainWriteError;
  return isLockError && protectionState() === 'locked';
}

/** Logs a background task's failure, unless the records locked while it ran (isStoppedByLock). */
export function logUnlessStoppedByLock(error: unknown): void {
  if (!isStoppedByLock(error)) console.error(error);
}

/** Locking: storage forgets the sealer and every opened record. */
export function closeRecords(): void {
  sealer = null;
  recordCipher.forget();
}

class RehearsalDone extends Error {
  constructor() {
    super('The rehearsal of a protected write is over');
    this.name = 'RehearsalDone';
  }
}

/**
 * A read-write transaction over `tables`. Without protection it is Dexie's own. With protection
 * the body runs as a rehearsal, its records are sealed, and it runs again to write them
 * (transaction-plans.ts): so it must do nothing but read and write the database, and compute.
 * Inside another transaction, it joins it.
 */
export async function writeTransaction<T>(
  tables: readonly (Table | string)[],
  body: () => PromiseLike<T> | T,
): Promise<T> {
  const given = sealer;
  const running = Dexie.currentTransaction as Dexie['Transaction']['prototype'] | null;
  if (!given || running) return db.transaction('rw', tables, body);
  for (let rehearsals = 1; ; rehearsals += 1) {
    const rehearsal = new WritePlan();
    let result: { value: T } | undefined;
    try {
      result = await db.transaction('rw', tables, async () => {
        planCurrentTransaction(rehearsal);
        const value = await body();
        // Nothing personal was written (only deletes or plain settings): this was the write.
        if (rehearsal.writes.length === 0) return { value };
        throw new RehearsalDone();
      });
    } catch (error) {
      if (!(error instanceof RehearsalDone)) {
        // It read a record another tab wrote since unlock: open that table's new rows and plan again.
        const table = newRowTable(error);
        if (table === undefined || rehearsals >= MAX_REHEARSALS) throw error;
        await openNewRows(table);
        continue;
      }
    } finally {
      recordCipher.endRehearsal(rehearsal);
    }
    if (result) return result.value;
    await Promise.all(
      rehearsal.writes.map(async (write) => {
        write.packed = packFields(write.fields);
        write.sealed = await given.seal(write.table, write.key, write.fields);
      }),
    );
    const writing = rehearsal.forWriting();
    try {
      return await db.transaction('rw', tables, async () => {
        planCurrentTransaction(writing);
        return await body();
      });
    } catch (error) {
      if (!(error instanceof StaleRehearsalError) || rehearsals >= MAX_REHEARSALS) throw error;
    }
  }
}

/**
 * One media record with its bytes. With protection on, it is read sealed and opened here, outside
 * the transaction; undefined when it is gone.
 */
export async function readMedia(id: string): Promise<Media | undefined> {
  if (!recordCipher.isProtecting) return db.media.get(id);
  const stored = await db.transaction('r', db.media, async () => {
    planCurrentTransaction(READ_SEALED);
    return await db.media.get(id);
  });
  const sealed: unknown = (stored as Row | undefined)?.[PAYLOAD_FIELD];
  if (!stored || !isSealedPayload(sealed)) return stored;
  const given = sealer;
  if (!given) return undefined;
  const envelope = Object.fromEntries(
    Object.entries(stored).filter(([name]) => name !== PAYLOAD_FIELD),
  );
  return { ...envelope, ...(await given.open('media', id, sealed)) } as unknown as Media;
}

/** The stored protection setting (vault and conversion), read by the app's protection layer. */
export async function readProtectionSetting(): Promise<Setting | undefined> {
  return db.settings.get(PROTECTION_KEY);
}

/** What the protection setting holds: the key vault (lib/protection-keys) and conversion left. */
export interface StoredProtection {
  readonly vault: unknown;
  /** Rows may still be plain: conversion started and has not finished (it resumes at unlock). */
  readonly isConverting: boolean;
  /** Protection is being turned off: rows may still be sealed (it resumes at unlock). */
  readonly isTurningOff: boolean;
}

function toStoredProtection(value: unknown): StoredProtection | null {
  if (typeof value !== 'object' || value === null || !('vault' in value)) return null;
  const { vault, isConverting, isTurningOff } = value as Record<string, unknown>;
  return { vault, isConverting: isConverting === true, isTurningOff: isTurningOff === true };
}

/** The protection setting; null when records are not protected. */
export async function readProtection(): Promise<StoredProtection | null> {
  return toStoredProtection((await db.settings.get(PROTECTION_KEY))?.value);
}

export async function saveProtection(protection: StoredProtection): Promise<void> {
  await writeTransaction([db.settings], () =>
    db.settings.put({ key: PROTECTION_KEY, value: protection }),
  );
}

/** A new passcode (or a recovery reset): the same data key under a new wrapping. */
export async function saveVault(vault: unknown): Promise<void> {
  const stored = await readProtection();
  await saveProtection({
    vault,
    isConverting: stored?.isConverting ?? false,
    isTurningOff: stored?.isTurningOff ?? false,
  });
}

/**
 * "Protect with a passcode": the vault is stored first, so from this moment every write is sealed
 * and a reload opens locked; then the records are opened with `given`. The rows already stored
 * are sealed by `convertRecords`, which resumes at the next unlock if the tab dies meanwhile.
 */
export async function beginProtection(vault: unknown, given: RecordSealer): Promise<void> {
  await saveProtection({ vault, isConverting: true, isTurningOff: false });
  recordCipher.setProtecting(true);
  await openRecords(given);
}

/** The protection setting as the app last read it: another tab may have switched it on. */
export function followProtection(isOn: boolean): void {
  if (isOn === recordCipher.isProtecting) return;
  if (!isOn) closeRecords();
  recordCipher.setProtecting(isOn);
}

/**
 * Rows read in a `READ_OPEN_OR_SEALED` transaction, each whole: a row that came back sealed
 * (media) is opened here, outside the transaction.
 */
export async function openSealedRows<T>(table: string, rows: readonly T[]): Promise<T[]> {
  const given = sealer;
  return Promise.all(
    rows.map(async (row) => {
      const stored = row as Row;
      const sealed = stored[PAYLOAD_FIELD];
      if (!isSealedPayload(sealed)) return row;
      if (!given) throw new LockedRecordError({ table, key: String(stored.id) });
      const envelope = Object.fromEntries(
        Object.entries(stored).filter(([name]) => name !== PAYLOAD_FIELD),
      );
      return { ...envelope, ...(await given.open(table, String(stored.id), sealed)) } as T;
    }),
  );
}

/** Marks a read transaction as reading a backup (call first in its body). */
export function readingForBackup(): void {
  if (recordCipher.isProtecting) planCurrentTransaction(READ_OPEN_OR_SEALED);
}

/**
 * A whole file's bytes sealed with the data key, for a protected backup: bound to `id` (fresh for
 * each backup) and to no record. Null when records are not protected.
 */
export async function sealWholeFile(
  id: string,
  bytes: Uint8Array,
): Promise<{ sealed: SealedPayload; vault: unknown } | null> {
  const stored = await readProtection();
  if (!stored || !recordCipher.isProtecting) return null;
  const given = sealer;
  if (!given) throw new LockedRecordError({ table: 'backup', key: id });
  return { sealed: await given.seal('backup', id, { file: bytes }), vault: stored.vault };
}
