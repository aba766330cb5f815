import { describe, expect, it } from 'vitest';
import {
  compareStamps,
  formatStamp,
  MAX_DRIFT_MS,
  parseStamp,
  receive,
  tick,
  ZERO_CLOCK,
  type Clock,
} from './hlc';

const T = Date.UTC(2026, 11, 4, 12);

describe('hybrid logical clock', () => {
  it('follows the wall clock while it moves ahead', () => {
    const a = tick(ZERO_CLOCK, T);
    const b = tick(a, T + 5);
    expect(a).toEqual({ time: T, counter: 0 });
    expect(b).toEqual({ time: T + 5, counter: 0 });
  });

  it('keeps order when the wall clock stands still or goes back', () => {
    let clock: Clock = tick(ZERO_CLOCK, T);
    const stamps = [formatStamp(clock, 'tab-a')];
    for (const wall of [T, T, T - 60_000, T - 3_600_000, T + 1]) {
      clock = tick(clock, wall);
      stamps.push(formatStamp(clock, 'tab-a'));
    }
    expect([...stamps].sort(compareStamps)).toEqual(stamps);
    expect(new Set(stamps).size).toBe(stamps.length);
  });

  it('orders a change made after seeing another tablet’s after it, whatever the clocks say', () => {
    // Tablet B's clock is ten minutes behind tablet A's.
    const fromA = tick(ZERO_CLOCK, T);
    const onB = receive(tick(ZERO_CLOCK, T - 600_000), fromA, T - 600_000);
    expect(compareStamps(formatStamp(onB, 'tab-b'), formatStamp(fromA, 'tab-a'))).toBeGreaterThan(
      0,
    );
    const later = tick(onB, T - 599_000);
    expect(compareStamps(formatStamp(later, 'tab-b'), formatStamp(onB, 'tab-b'))).toBeGreaterThan(
      0,
    );
  });

  it('merges counters when both clocks stand at the same time', () => {
    expect(receive({ time: T, counter: 3 }, { time: T, counter: 7 }, T - 1)).toEqual({
      time: T,
      counter: 8,
    });
    expect(receive({ time: T, counter: 3 }, { time: T - 9, counter: 7 }, T - 1)).toEqual({
      time: T,
      counter: 4,
    });
    expect(receive({ time: T - 9, counter: 3 }, { time: T, counter: 7 }, T - 1)).toEqual({
      time: T,
      counter: 8,
    });
    expect(receive({ time: T - 9, counter: 3 }, { time: T - 5, counter: 7 }, T)).toEqual({
      time: T,
      counter: 0,
    });
  });

  it('does not believe a tablet more than a day ahead', () => {
    const wrongDate = { time: Date.UTC(2090, 0, 1), counter: 0 };
    const clock = receive(tick(ZERO_CLOCK, T), wrongDate, T);
    expect(clock.time).toBe(T + MAX_DRIFT_MS);
  });

  it('moves time on by a millisecond rather than overflow the counter', () => {
    expect(tick({ time: T, counter: 36 ** 4 - 1 }, T)).toEqual({ time: T + 1, counter: 0 });
  });

  it('writes stamps that sort as strings in clock order, and reads them back', () => {
    const device = '0f8e5c1e-6f0a-4c53-9d0b-6a1d2c3b4a59';
    const early = formatStamp({ time: 999, counter: 35 }, device);
    const late = formatStamp({ time: 1000, counter: 0 }, device);
    expect(compareStamps(early, late)).toBeLessThan(0);
    expect(early < late).toBe(true);
    expect(parseStamp(late)).toEqual({ time: 1000, counter: 0, deviceId: device });
    expect(parseStamp(formatStamp({ time: T, counter: 12 }, 'b'))).toEqual({
      time: T,
      counter: 12,
      deviceId: 'b',
    });
    expect(parseStamp('not a stamp')).toBeNull();
    expect(parseStamp('')).toBeNull();
  });
});
