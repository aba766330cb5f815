import { RestoryDb } from './db';
import { stampWrites } from './stamp-hooks';
import { watchStaffName } from './staff-actor';

/** The app's single connection. Tests reset it between cases with `resetDatabaseForTests`. */
export const db = new RestoryDb();
stampWrites(db);
// Who is using the tablet, kept in memory for the activity log (staff-actor.ts).
db.on('ready', () => watchStaffName(db), true);

export function now(): number {
  return Date.now();
}
