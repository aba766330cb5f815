/**
 * The staff PIN as data: what a PIN may look like, how its salted hash is kept, and the rule for
 * waiting after several tries that did not match. Pure: the hashing itself is in lib/pin-hash.
 */

export const PIN_MIN_LENGTH = 4;
export const PIN_MAX_LENGTH = 8;
/** Tries in a row that may not match before a wait. */
export const PIN_TRIES_BEFORE_WAIT = 5;
export const PIN_WAIT_MS = 30_000;

/** A salted slow hash of the PIN; salt and hash are base64 so a backup stays plain JSON. */
export interface PinHash {
  readonly algorithm: 'PBKDF2-SHA-256';
  readonly iterations: number;
  readonly salt: string;
  readonly hash: string;
}

/** Tries that did not match since the last match or wait, and when the current wait ends. */
export interface PinAttempts {
  readonly failures: number;
  /** Epoch ms; 0 when there is no wait. */
  readonly waitUntil: number;
}

export const NO_PIN_ATTEMPTS: PinAttempts = { failures: 0, waitUntil: 0 };

export function isPinFormat(pin: string): boolean {
  return new RegExp(`^\\d{${PIN_MIN_LENGTH},${PIN_MAX_LENGTH}}$`).test(pin);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Checks a stored value before it is trusted (old data, a restored backup). */
export function isPinHash(value: unknown): value is PinHash {
  return (
    isRecord(value) &&
    value.algorithm === 'PBKDF2-SHA-256' &&
    typeof value.iterations === 'number' &&
    Number.isInteger(value.iterations) &&
    value.iterations > 0 &&
    typeof value.salt === 'string' &&
    typeof value.hash === 'string'
  );
}

export function toPinAttempts(value: unknown): PinAttempts {
  if (!isRecord(value)) return NO_PIN_ATTEMPTS;
  const { failures, waitUntil } = value;
  return typeof failures === 'number' && typeof waitUntil === 'number'
    ? { failures, waitUntil }
    : NO_PIN_ATTEMPTS;
}

/** After the fifth try in a row that did not match, a wait begins and the count starts again. */
export function afterPinFailure(attempts: PinAttempts, time: number): PinAttempts {
  const failures = attempts.failures + 1;
  return failures >= PIN_TRIES_BEFORE_WAIT
    ? { failures: 0, waitUntil: time + PIN_WAIT_MS }
    : { failures, waitUntil: attempts.waitUntil };
}

/** Milliseconds left to wait at `time`; 0 when a PIN may be tried. */
export function pinWaitLeft(attempts: PinAttempts, time: number): number {
  return Math.max(0, attempts.waitUntil - time);
}
