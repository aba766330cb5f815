import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TAKE_UP_SECONDS,
  fractionLeft,
  normaliseTakeUpSeconds,
  secondsLeft,
  TAKE_UP_CHOICES,
} from './take-up-time';

describe('take-up time', () => {
  it('keeps a stored value within 10 to 30 whole seconds', () => {
    expect(normaliseTakeUpSeconds(20)).toBe(20);
    expect(normaliseTakeUpSeconds(3)).toBe(10);
    expect(normaliseTakeUpSeconds(99)).toBe(30);
    expect(normaliseTakeUpSeconds(12.6)).toBe(13);
  });

  it('falls back to 15 seconds for anything that is not a number', () => {
    expect(DEFAULT_TAKE_UP_SECONDS).toBe(15);
    for (const junk of [undefined, null, '20', Number.NaN, Infinity, {}]) {
      expect(normaliseTakeUpSeconds(junk)).toBe(15);
    }
  });

  it('offers only choices that are already within the limits', () => {
    expect(TAKE_UP_CHOICES.map(normaliseTakeUpSeconds)).toEqual([...TAKE_UP_CHOICES]);
  });

  it('counts the seconds left down to zero and never below', () => {
    expect(secondsLeft(1000, 1000, 15)).toBe(15);
    expect(secondsLeft(1000, 1001, 15)).toBe(15);
    expect(secondsLeft(1000, 2000, 15)).toBe(14);
    expect(secondsLeft(1000, 15_999, 15)).toBe(1);
    expect(secondsLeft(1000, 16_000, 15)).toBe(0);
    expect(secondsLeft(1000, 60_000, 15)).toBe(0);
    // A clock that went backwards never adds time.
    expect(secondsLeft(1000, 0, 15)).toBe(15);
  });

  it('gives the share of the wait left, from 1 to 0', () => {
    expect(fractionLeft(0, 0, 20)).toBe(1);
    expect(fractionLeft(0, 5000, 20)).toBe(0.75);
    expect(fractionLeft(0, 20_000, 20)).toBe(0);
    expect(fractionLeft(0, 40_000, 20)).toBe(0);
    expect(fractionLeft(0, 0, 0)).toBe(0);
  });
});
