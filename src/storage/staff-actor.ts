/**
 * Who is using the tablet now, as the activity log names them: kept in memory and followed live
 * (also when another tab changes it), so that no write has to read it inside its transaction —
 * encryption at rest cannot await a decryption there. Started with the database (database.ts).
 */
import { liveQuery, type Subscription } from 'dexie';
import type { RestoryDb } from './db';

/** Persisted setting name: the staff name given when unlocking. Device-only: not in backups. */
export const STAFF_NAME_KEY = 'staffName';

let actor = '';
let watching: Subscription | null = null;
const listeners = new Set<() => void>();

export function currentActor(): string {
  return actor;
}

export function readNameFrom(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * Called when the database opens, and again when protected records are unlocked: reads the name,
 * then follows every change to it. `read` runs each reading (protection.ts `readOpened`).
 */
export async function watchStaffName(
  db: RestoryDb,
  read: <T>(query: () => Promise<T>) => Promise<T> = (query) => query(),
): Promise<void> {
  // Protected and locked, the name is sealed: nobody is named until staff unlock and say who.
  actor = await db.settings.get(STAFF_NAME_KEY).then(
    (setting) => readNameFrom(setting?.value),
    () => '',
  );
  for (const listener of listeners) listener();
  watching?.unsubscribe();
  watching = liveQuery(async () =>
    readNameFrom((await read(() => db.settings.get(STAFF_NAME_KEY)))?.value),
  ).subscribe({
    next: (name) => {
      actor = name;
    },
    // The database closed (a test resets it, or a newer version took over): the next
    // open starts watching again.
    error: () => undefined,
  });
}

/** Sets the name in memory at once, for the writes that follow in this tab. */
export function rememberActor(name: string): void {
  actor = name;
}

/** Runs when the database (re)opens, so per-session memories start afresh with it. */
export function onDatabaseOpened(listener: () => void): void {
  listeners.add(listener);
}
