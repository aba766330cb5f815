/**
 * A hybrid logical clock (Kulkarni et al., 2014): the order of changes across tablets without
 * trusting any tablet's clock. A stamp is the wall time in milliseconds, a counter for changes
 * within one millisecond (or while the wall clock stands still or goes back), and the device id.
 * Stamps are strings that sort as the clock orders them, so the newer of two changes is the
 * greater string, on any device. See docs/decisions/0001-replication-between-tablets.md.
 */

export interface Clock {
  /** The greatest wall time seen (ms since 1970), never less than any earlier one. */
  readonly time: number;
  /** Changes at this `time`; starts at 0 when the wall clock moves ahead. */
  readonly counter: number;
}

/** `tttttttttt-cccc-device`: fixed-width base-36 time and counter, then the device id. */
export type Stamp = string;

const TIME_WIDTH = 10; // 36^10 ms is beyond the year 5000
const COUNTER_WIDTH = 4; // 1,679,615 changes within one millisecond
const MAX_COUNTER = 36 ** COUNTER_WIDTH - 1;
/** A remote clock further ahead than this is not believed (a tablet set to the year 2090). */
export const MAX_DRIFT_MS = 24 * 60 * 60 * 1000;

export const ZERO_CLOCK: Clock = { time: 0, counter: 0 };

/** The clock for a change made here, now. */
export function tick(clock: Clock, wallTime: number): Clock {
  if (wallTime > clock.time) return { time: wallTime, counter: 0 };
  return advanceCounter(clock);
}

/**
 * The clock after seeing a stamp from elsewhere (a restored backup, later another tablet), so
 * every later change here sorts after it. A remote time more than a day ahead of this tablet is
 * capped: one tablet with a wrong date must not push every other tablet's stamps into the future.
 */
export function receive(clock: Clock, remote: Clock, wallTime: number): Clock {
  const believed =
    remote.time > wallTime + MAX_DRIFT_MS ? { time: wallTime + MAX_DRIFT_MS, counter: 0 } : remote;
  const time = Math.max(clock.time, believed.time, wallTime);
  if (time === clock.time && time === believed.time)
    return advanceCounter({ time, counter: Math.max(clock.counter, believed.counter) });
  if (time === clock.time) return advanceCounter(clock);
  if (time === believed.time) return advanceCounter(believed);
  return { time, counter: 0 };
}

function advanceCounter(clock: Clock): Clock {
  // A counter that would overflow moves time on by a millisecond instead: order is kept.
  return clock.counter >= MAX_COUNTER
    ? { time: clock.time + 1, counter: 0 }
    : { time: clock.time, counter: clock.counter + 1 };
}

export function formatStamp(clock: Clock, deviceId: string): Stamp {
  const time = clock.time.toString(36).padStart(TIME_WIDTH, '0');
  const counter = clock.counter.toString(36).padStart(COUNTER_WIDTH, '0');
  return `${time}-${counter}-${deviceId}`;
}

const STAMP_PATTERN = /^([0-9a-z]{10})-([0-9a-z]{4})-([0-9A-Za-z-]{1,64})$/;

export function parseStamp(stamp: string): (Clock & { readonly deviceId: string }) | null {
  const match = STAMP_PATTERN.exec(stamp);
  if (!match?.[1] || !match[2] || !match[3]) return null;
  return {
    time: parseInt(match[1], 36),
    counter: parseInt(match[2], 36),
    deviceId: match[3],
  };
}

/** Negative when `a` is older, positive when newer, 0 for the same change. */
export function compareStamps(a: Stamp, b: Stamp): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
