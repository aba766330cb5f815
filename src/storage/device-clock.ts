/**
 * This tablet's hybrid logical clock (domain/hlc.ts). Every write to a shared table carries a
 * `stamp` from here, set by Dexie hooks in one place (stamp-hooks.ts), so no repository can forget
 * it. The clock's last reading is kept in localStorage, written through on every stamp, so it
 * never goes back across a reload even when the tablet's clock does; where there is no
 * localStorage (unit tests in Node) it lives in memory only.
 */
import {
  formatStamp,
  parseStamp,
  receive,
  tick,
  ZERO_CLOCK,
  type Clock,
  type Stamp,
} from '../domain/hlc';

/** Persisted name (localStorage): never rename without carrying the old value over. */
export const CLOCK_STORAGE_KEY = 'restory.clock';

let deviceId = '';
let clock: Clock = ZERO_CLOCK;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // a browser that refuses storage access
  }
}

function persist(): void {
  try {
    storage()?.setItem(CLOCK_STORAGE_KEY, `${clock.time}:${clock.counter}`);
  } catch {
    // Full or refused: the in-memory clock still orders this session's changes.
  }
}

function restored(): Clock {
  const [time, counter] = (storage()?.getItem(CLOCK_STORAGE_KEY) ?? '').split(':').map(Number);
  return Number.isSafeInteger(time) &&
    Number.isSafeInteger(counter) &&
    time &&
    counter !== undefined
    ? { time, counter }
    : ZERO_CLOCK;
}

/** Called once the database is open, with this tablet's id (a device-only setting). */
export function startDeviceClock(id: string): void {
  deviceId = id;
  const saved = restored();
  if (saved.time > clock.time || (saved.time === clock.time && saved.counter > clock.counter))
    clock = saved;
}

export function isDeviceClockStarted(): boolean {
  return deviceId !== '';
}

/** A stamp for a change made here, now. */
export function nextStamp(): Stamp {
  if (!deviceId) throw new Error('The device clock is not started (the database is not open).');
  clock = tick(clock, Date.now());
  persist();
  return formatStamp(clock, deviceId);
}

/** Moves the clock past a stamp that came from elsewhere (a restored backup). */
export function observeStamp(stamp: Stamp): void {
  const seen = parseStamp(stamp);
  if (!seen) return;
  clock = receive(clock, seen, Date.now());
  persist();
}
