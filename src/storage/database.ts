import { DB_NAME, RestoryDb } from './db';
import { PROTECTION_KEY, recordCipher } from './record-cipher';
import { stampWrites } from './stamp-hooks';
import { recordTime } from './transaction-plans';
import { watchStaffName } from './staff-actor';

/** The app's single connection. Tests reset it between cases with `resetDatabaseForTests`. */
export const db = new RestoryDb();
stampWrites(db);
db.on(
  'ready',
  async () => {
    // A protected database opens locked: nothing sealed reads until staff unlock (protection.ts).
    recordCipher.setProtecting((await db.settings.get(PROTECTION_KEY)) !== undefined);
    // Who is using the tablet, kept in memory for the activity log (staff-actor.ts).
    await watchStaffName(db);
  },
  true,
);

/** The time now; inside a protected write, the same in its rehearsal and its writing. */
export function now(): number {
  return recordTime();
}

/**
 * Whether this browser already holds Restory's records, asked before the database is opened (and
 * so made). False only on a first visit; true wherever the browser cannot tell.
 */
export async function isDatabaseStored(): Promise<boolean> {
  if (typeof indexedDB.databases !== 'function') return true;
  try {
    return (await indexedDB.databases()).some((database) => database.name === DB_NAME);
  } catch {
    return true;
  }
}
