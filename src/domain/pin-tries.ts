/**
 * The rule for trying the staff PIN: five tries, then a wait; each further round of five doubles
 * the wait, up to an hour; a PIN that matches starts again from nothing.
 *
 * A try is counted when it is claimed, before the slow hash check, and a claim is refused while a
 * wait runs, so tabs that check at once can never check more PINs than the rule allows. With a
 * four-digit PIN that is at most 35 tries in the first hour, 150 on the first day and 120 a day
 * after (5 an hour): trying all 10,000 takes 83 days, half of them 41. Staff who mistype five
 * times wait 30 s, ten times 1 min, fifteen times 2 min.
 *
 * Pure: pin-repo keeps the count in one transaction, lib/pin-hash checks the PIN.
 */

/** Tries in a round; the last one of a round starts its wait. */
export const PIN_TRIES_PER_ROUND = 5;
export const PIN_FIRST_WAIT_MS = 30_000;
export const PIN_LONGEST_WAIT_MS = 60 * 60_000;

/**
 * The stored count (setting `staffPinAttempts`). Persisted field names: never rename without a
 * migration. A value from before rounds were kept has no `rounds` and reads as round 0.
 */
export interface PinAttempts {
  /** Tries claimed in this round that have not matched (a try is counted before its check). */
  readonly failures: number;
  /** Rounds ended since the last match; each one's wait is twice the one before. */
  readonly rounds: number;
  /** Epoch ms when the current wait ends; 0 when there is none. */
  readonly waitUntil: number;
}

export const NO_PIN_ATTEMPTS: PinAttempts = { failures: 0, rounds: 0, waitUntil: 0 };

/** The wait that round `round` (1, 2, …) ends with: 30 s, 1 min, 2 min, … at most 1 hour. */
export function waitAfterRound(round: number): number {
  if (round < 1) return 0;
  // The exponent is capped first so a huge stored round cannot overflow to Infinity or NaN.
  return Math.min(PIN_FIRST_WAIT_MS * 2 ** Math.min(round - 1, 20), PIN_LONGEST_WAIT_MS);
}

/** The longest the current wait can be: its own round's (the first round's for an old value). */
function longestWaitNow(attempts: PinAttempts): number {
  return waitAfterRound(Math.max(attempts.rounds, 1));
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** Reads a stored value without trusting it: anything unreadable counts as no tries. */
export function toPinAttempts(value: unknown): PinAttempts {
  if (typeof value !== 'object' || value === null) return NO_PIN_ATTEMPTS;
  const { failures, rounds, waitUntil } = value as Record<string, unknown>;
  if (!isCount(failures) || typeof waitUntil !== 'number' || !Number.isFinite(waitUntil)) {
    return NO_PIN_ATTEMPTS;
  }
  return { failures, rounds: isCount(rounds) ? rounds : 0, waitUntil };
}

/**
 * True when the wait left is longer than its round's whole wait: the clock went back, or the
 * stored end is far in the future. Such a wait is started again from now (`settlePinWait`).
 */
export function hasOverlongWait(attempts: PinAttempts, time: number): boolean {
  return attempts.waitUntil - time > longestWaitNow(attempts);
}

/** The same tries, with an overlong wait shortened to its round's whole wait from `time`. */
export function settlePinWait(attempts: PinAttempts, time: number): PinAttempts {
  return hasOverlongWait(attempts, time)
    ? { ...attempts, waitUntil: time + longestWaitNow(attempts) }
    : attempts;
}

/** Milliseconds left to wait at `time`; 0 when a PIN may be tried. Never more than an hour. */
export function pinWaitLeft(attempts: PinAttempts, time: number): number {
  return Math.max(0, Math.min(attempts.waitUntil - time, longestWaitNow(attempts)));
}

export interface PinClaim {
  /** True when this try may be checked; it is already counted in `attempts`. */
  readonly isClaimed: boolean;
  /** What to store: the count with this try in it, or the stored one (settled) when refused. */
  readonly attempts: PinAttempts;
}

/**
 * Claims one try at `time`: refused while a wait runs; otherwise counted now, as if it will not
 * match (a match clears the count afterwards). The fifth try of a round starts the round's wait.
 */
export function claimPinTry(stored: PinAttempts, time: number): PinClaim {
  const attempts = settlePinWait(stored, time);
  if (pinWaitLeft(attempts, time) > 0) return { isClaimed: false, attempts };
  const failures = attempts.failures + 1;
  if (failures < PIN_TRIES_PER_ROUND)
    return { isClaimed: true, attempts: { ...attempts, failures } };
  const rounds = attempts.rounds + 1;
  return {
    isClaimed: true,
    attempts: { failures: 0, rounds, waitUntil: time + waitAfterRound(rounds) },
  };
}
