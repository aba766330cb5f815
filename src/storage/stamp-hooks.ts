/**
 * Every write to a shared table carries a change stamp from this tablet's hybrid logical clock
 * (device-clock.ts), set here by Dexie hooks so that no repository can forget it. A row that
 * arrives with a stamp of its own (a restored backup) keeps it, and the clock moves past it.
 * Settings and the activity log are this tablet's own and are not stamped.
 */
import type { Stamp } from '../domain/hlc';
import { newId } from '../domain/ids';
import type { RestoryDb } from './db';
import { isDeviceClockStarted, nextStamp, observeStamp, startDeviceClock } from './device-clock';

/** Persisted setting name: this tablet's random id, part of every stamp. Device-only. */
export const DEVICE_ID_KEY = 'deviceId';

/** Tables whose rows will replicate between tablets, so each change is ordered by a stamp. */
export const STAMPED_TABLES = [
  'people',
  'cards',
  'boards',
  'overrides',
  'conversations',
  'media',
  'tombstones',
  'incidents',
  'plans',
  'stories',
] as const;

interface Stamped {
  stamp?: Stamp;
}

function hasStamp(value: unknown): value is Stamp {
  return typeof value === 'string' && value.length > 0;
}

export function stampWrites(db: RestoryDb): void {
  db.on(
    'ready',
    async () => {
      const stored = (await db.settings.get(DEVICE_ID_KEY))?.value;
      const id = typeof stored === 'string' && stored ? stored : newId();
      if (id !== stored) await db.settings.put({ key: DEVICE_ID_KEY, value: id });
      startDeviceClock(id);
    },
    true,
  );
  for (const name of STAMPED_TABLES) {
    const table = db.table<Stamped>(name);
    table.hook('creating', (_key, row) => {
      // An upgrade runs before the tablet's id is read (on 'ready'): its rows keep their stamps.
      if (!isDeviceClockStarted()) return;
      if (hasStamp(row.stamp)) observeStamp(row.stamp);
      else row.stamp = nextStamp();
    });
    table.hook('updating', (changes: Partial<Stamped>, _key, row) => {
      if (!isDeviceClockStarted()) return undefined;
      if (hasStamp(changes.stamp) && changes.stamp !== row.stamp) {
        observeStamp(changes.stamp);
        return undefined;
      }
      return { stamp: nextStamp() };
    });
  }
}
