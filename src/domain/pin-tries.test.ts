import { describe, expect, it } from 'vitest';
import {
  claimPinTry,
  hasOverlongWait,
  NO_PIN_ATTEMPTS,
  PIN_LONGEST_WAIT_MS,
  pinWaitLeft,
  settlePinWait,
  toPinAttempts,
  waitAfterRound,
  type PinAttempts,
} from './pin-tries';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** Claims tries at `time` until one is refused; returns how many were claimed and the count. */
function claimAll(start: PinAttempts, time: number): { claimed: number; attempts: PinAttempts } {
  let attempts = start;
  let claimed = 0;
  for (let i = 0; i < 100; i += 1) {
    const claim = claimPinTry(attempts, time);
    attempts = claim.attempts;
    if (!claim.isClaimed) break;
    claimed += 1;
  }
  return { claimed, attempts };
}

describe('tries of the staff PIN', () => {
  it('counts a try when it is claimed, and the fifth starts a 30-second wait', () => {
    let attempts = NO_PIN_ATTEMPTS;
    for (let i = 1; i <= 4; i += 1) {
      const claim = claimPinTry(attempts, 1000);
      expect(claim.isClaimed).toBe(true);
      attempts = claim.attempts;
      expect(attempts).toEqual({ failures: i, rounds: 0, waitUntil: 0 });
    }
    const fifth = claimPinTry(attempts, 1000);
    expect(fifth).toEqual({
      isClaimed: true,
      attempts: { failures: 0, rounds: 1, waitUntil: 1000 + 30 * SECOND },
    });
    expect(pinWaitLeft(fifth.attempts, 11 * SECOND)).toBe(20 * SECOND);
    expect(pinWaitLeft(fifth.attempts, 31 * SECOND)).toBe(0);
  });

  it('refuses every claim while a wait runs, so no burst checks more than five', () => {
    const { claimed, attempts } = claimAll(NO_PIN_ATTEMPTS, 0);
    expect(claimed).toBe(5);
    expect(claimPinTry(attempts, 29 * SECOND)).toEqual({ isClaimed: false, attempts });
    expect(claimPinTry(attempts, 30 * SECOND).isClaimed).toBe(true);
  });

  it('doubles the wait after each further round, up to an hour', () => {
    const waits: number[] = [];
    let attempts = NO_PIN_ATTEMPTS;
    let time = 0;
    for (let round = 1; round <= 10; round += 1) {
      attempts = claimAll(attempts, time).attempts;
      waits.push(pinWaitLeft(attempts, time));
      time = attempts.waitUntil;
    }
    expect(waits.map((ms) => ms / SECOND)).toEqual([
      30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600,
    ]);
    expect(waitAfterRound(0)).toBe(0);
    expect(waitAfterRound(Number.MAX_SAFE_INTEGER)).toBe(PIN_LONGEST_WAIT_MS);
  });

  it('allows 35 guesses in the first hour and 150 on the first day, at the fastest', () => {
    /** Guesses made by `end` when every round is tried the moment its wait ends. */
    function guessesBy(end: number): number {
      let guesses = 0;
      let attempts = NO_PIN_ATTEMPTS;
      while (attempts.waitUntil <= end) {
        const round = claimAll(attempts, attempts.waitUntil);
        guesses += round.claimed;
        attempts = round.attempts;
      }
      return guesses;
    }
    expect(guessesBy(60 * MINUTE)).toBe(35);
    expect(guessesBy(24 * 60 * MINUTE)).toBe(150);
    expect(guessesBy(48 * 60 * MINUTE) - guessesBy(24 * 60 * MINUTE)).toBe(120);
  });

  it('a wait longer than its round allows (the clock went back) starts again from now', () => {
    const waiting = { failures: 0, rounds: 1, waitUntil: 100 * MINUTE + 30 * SECOND };
    // The clock went back ten minutes: the wait shown is still at most 30 s …
    const earlier = 90 * MINUTE;
    expect(hasOverlongWait(waiting, earlier)).toBe(true);
    expect(pinWaitLeft(waiting, earlier)).toBe(30 * SECOND);
    // … and settling it makes it run from the new time.
    const settled = settlePinWait(waiting, earlier);
    expect(settled.waitUntil).toBe(earlier + 30 * SECOND);
    expect(pinWaitLeft(settled, earlier + 30 * SECOND)).toBe(0);
    expect(settlePinWait(waiting, 100 * MINUTE)).toBe(waiting);
  });

  it('a stored wait from the far future is treated as at most an hour', () => {
    const far = toPinAttempts({ failures: 0, rounds: 99, waitUntil: 8_998_203_614_937_000 });
    expect(pinWaitLeft(far, 0)).toBe(PIN_LONGEST_WAIT_MS);
    expect(claimPinTry(far, 0)).toEqual({
      isClaimed: false,
      attempts: { failures: 0, rounds: 99, waitUntil: PIN_LONGEST_WAIT_MS },
    });
    // A value from before rounds were kept can wait no longer than the first round's 30 s.
    const old = toPinAttempts({ failures: 0, waitUntil: 8_998_203_614_937_000 });
    expect(old.rounds).toBe(0);
    expect(pinWaitLeft(old, 0)).toBe(30 * SECOND);
  });

  it('reads stored values without trusting them', () => {
    expect(toPinAttempts(null)).toEqual(NO_PIN_ATTEMPTS);
    expect(toPinAttempts({ failures: 2, waitUntil: 5 })).toEqual({
      failures: 2,
      rounds: 0,
      waitUntil: 5,
    });
    expect(toPinAttempts({ failures: 2, rounds: 3, waitUntil: 5 }).rounds).toBe(3);
    expect(toPinAttempts({ failures: -1, waitUntil: 5 })).toEqual(NO_PIN_ATTEMPTS);
    expect(toPinAttempts({ failures: 1, waitUntil: Number.NaN })).toEqual(NO_PIN_ATTEMPTS);
    expect(toPinAttempts({ failures: 1, rounds: 'x', waitUntil: 0 }).rounds).toBe(0);
  });
});
