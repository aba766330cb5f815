/**
 * What the start-up check (record-sweep.ts) kept aside, counted for staff: records it could not
 * read and records it mended. Staff screens say so once (until "OK"); Settings always counts them.
 */
import { useLiveQuery } from './live-query';
import { db, now } from './database';

/** Persisted setting name: never rename without a migration. Device-only: not in backups. */
export const SET_ASIDE_SEEN_KEY = 'setAsideSeenAt';

export interface SetAsideCounts {
  readonly unreadable: number;
  readonly mended: number;
}

export interface SetAsideReport {
  readonly all: SetAsideCounts;
  /** Kept aside since staff last pressed "OK" on the notice. */
  readonly unseen: SetAsideCounts;
}

/** Reads the counts (for the hook and for tests). */
export async function readSetAsideReport(): Promise<SetAsideReport> {
  const [entries, seen] = await Promise.all([
    db.setAside.toArray(),
    db.settings.get(SET_ASIDE_SEEN_KEY),
  ]);
  const seenAt = typeof seen?.value === 'number' ? seen.value : -Infinity;
  const count = (list: typeof entries): SetAsideCounts => ({
    unreadable: list.filter((e) => e.reason === 'unreadable').length,
    mended: list.filter((e) => e.reason === 'mended').length,
  });
  return { all: count(entries), unseen: count(entries.filter((e) => e.at > seenAt)) };
}

export function useSetAsideReport(): SetAsideReport | undefined {
  return useLiveQuery(readSetAsideReport);
}

/** Staff have read the notice: it shows again only for records kept aside after now. */
export async function markSetAsideSeen(at: number = now()): Promise<void> {
  await db.settings.put({ key: SET_ASIDE_SEEN_KEY, value: at });
}
