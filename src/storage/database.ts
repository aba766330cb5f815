import { RestoryDb } from './db';
import { stampWrites } from './stamp-hooks';

/** The app's single connection. Tests reset it between cases with `resetDatabaseForTests`. */
export const db = new RestoryDb();
stampWrites(db);

export function now(): number {
  return Date.now();
}
