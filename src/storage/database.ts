import { RestoryDb } from './db';

/** The app's single connection. Tests reset it between cases with `resetDatabaseForTests`. */
export const db = new RestoryDb();

export function now(): number {
  return Date.now();
}
