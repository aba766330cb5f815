/**
 * Turning "Protect with a passcode" on and off converts the rows already stored, in place, a batch
 * at a time (decision 2): each row is wholly plain or wholly sealed, as a row is one put, and the
 * protection setting says until the end that conversion is not finished, so a tab closed half-way
 * carries on at the next unlock.
 */
import { isSealedPayload } from '../domain/sealed-payload';
import { PAYLOAD_FIELD } from './codec';
import { db } from './database';
import { eraseSettings } from './erase';
import { sweepErasedCopies } from './erase-sweep';
import {
  closeRecords,
  currentSealer,
  keyFieldOf,
  OPENED_AT_UNLOCK,
  readProtection,
  saveProtection,
  writeTransaction,
} from './protection';
import {
  isSealedWhenProtected,
  LockedRecordError,
  PROTECTION_KEY,
  recordCipher,
} from './record-cipher';
import { planCurrentTransaction, READ_SEALED } from './transaction-plans';

type Row = Record<string, unknown>;

/** Tables whose rows are sealed, media included; in the order conversion seals them. */
const SEALED_TABLES = [...OPENED_AT_UNLOCK, 'media'] as const;

/** Rows converted in one transaction: small, so other writes are never held up for long. */
const CONVERSION_BATCH = 25;

/** How far conversion has come, in rows. */
export interface ConversionProgress {
  readonly done: number;
  readonly total: number;
}

/**
 * Seals every row still stored plain, a batch at a time (each row is wholly plain or wholly
 * sealed, as a row is one put). Safe to run again: sealed rows are skipped. Then marks
 * conversion finished.
 */
export async function convertRecords(
  onProgress: (progress: ConversionProgress) => void = () => undefined,
): Promise<void> {
  const plain = await plainRowKeys();
  const total = plain.reduce((sum, { keys }) => sum + keys.length, 0);
  let done = 0;
  onProgress({ done, total });
  for (const { table, keys } of plain) {
    for (let at = 0; at < keys.length; at += CONVERSION_BATCH) {
      const batch = keys.slice(at, at + CONVERSION_BATCH);
      await writeTransaction([table], async () => {
        const rows = await db.table(table).bulkGet(batch);
        const present = rows.filter((row) => row !== undefined);
        // Written again as they are: the cipher seals them, and the stamp hooks stamp them.
        if (present.length > 0) await db.table(table).bulkPut(present);
      });
      done += batch.length;
      onProgress({ done, total });
    }
  }
  const stored = await readProtection();
  if (stored) await saveProtection({ ...stored, isConverting: false });
  // The plain copies the browser's own files still hold go as an erase's do (erase-sweep.ts).
  if (plain.length > 0) await sweepErasedCopies();
}

/**
 * Per table, the keys of the rows whose payload `isWanted` picks. Each row is read once, as
 * stored, and none is kept: at service scale the media alone is 60 MB.
 */
async function rowKeysWhere(
  isWanted: (table: string, key: string, payload: unknown) => boolean,
): Promise<{ table: string; keys: string[] }[]> {
  const found: { table: string; keys: string[] }[] = [];
  await db.transaction(
    'r',
    SEALED_TABLES.map((name) => db.table(name)),
    async () => {
      planCurrentTransaction(READ_SEALED);
      for (const name of SEALED_TABLES) {
        const table = db.table<Row>(name);
        const keyField = keyFieldOf(table);
        const keys: string[] = [];
        await table.each((row) => {
          const key = String(row[keyField]);
          if (isWanted(name, key, row[PAYLOAD_FIELD])) keys.push(key);
        });
        if (keys.length > 0) found.push({ table: name, keys });
      }
    },
  );
  return found;
}

/** Per table, the keys of rows whose payload is still plain (personal settings only). */
function plainRowKeys(): Promise<{ table: string; keys: string[] }[]> {
  return rowKeysWhere(
    (table, key, payload) => !isSealedPayload(payload) && isSealedWhenProtected(table, key),
  );
}

/** Per table, the keys of rows whose payload is sealed. */
function sealedRowKeys(): Promise<{ table: string; keys: string[] }[]> {
  return rowKeysWhere((_table, _key, payload) => isSealedPayload(payload));
}

/**
 * Turning protection off, while open: the setting says so first (a tab closed half-way carries on
 * at the next unlock), and from then on writes are plain. Then every sealed row is opened and
 * written plain, a batch at a time, and last the vault goes: the records are as before issue 16.
 */
export async function endProtection(
  onProgress: (progress: ConversionProgress) => void = () => undefined,
): Promise<void> {
  const given = currentSealer();
  const stored = await readProtection();
  if (!stored) return;
  if (!given) throw new LockedRecordError({ table: 'settings', key: PROTECTION_KEY });
  await saveProtection({ ...stored, isConverting: false, isTurningOff: true });
  recordCipher.setProtecting(false);
  const sealedRows = await sealedRowKeys();
  const total = sealedRows.reduce((sum, { keys }) => sum + keys.length, 0);
  let done = 0;
  onProgress({ done, total });
  for (const { table, keys } of sealedRows) {
    for (let at = 0; at < keys.length; at += CONVERSION_BATCH) {
      const batch = keys.slice(at, at + CONVERSION_BATCH);
      // Opened outside the transaction (media is not in the working set), then written plain.
      const sealedNow = await db.transaction('r', db.table(table), async () => {
        planCurrentTransaction(READ_SEALED);
        return await db.table<Row>(table).bulkGet(batch);
      });
      for (const [i, row] of sealedNow.entries()) {
        const payload = row?.[PAYLOAD_FIELD];
        const key = batch[i] ?? '';
        if (!isSealedPayload(payload)) continue;
        recordCipher.remember({ table, key }, payload, await given.open(table, key, payload));
      }
      await writeTransaction([table], async () => {
        const rows = await db.table(table).bulkGet(batch);
        const present = rows.filter((row) => row !== undefined);
        if (present.length > 0) await db.table(table).bulkPut(present);
      });
      done += batch.length;
      onProgress({ done, total });
    }
  }
  await writeTransaction([db.settings], () => eraseSettings([PROTECTION_KEY]));
  closeRecords();
  // The sealed copies the browser's own files still hold go too (erase-sweep.ts).
  await sweepErasedCopies();
}
