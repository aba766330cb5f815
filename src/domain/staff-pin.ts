/**
 * The staff PIN as data: what a PIN may look like and how its salted hash is kept. Pure: the
 * hashing itself is in lib/pin-hash, the rule for tries and waits in pin-tries.
 */

export const PIN_MIN_LENGTH = 4;
export const PIN_MAX_LENGTH = 8;

/** A salted slow hash of the PIN; salt and hash are base64 so a backup stays plain JSON. */
export interface PinHash {
  readonly algorithm: 'PBKDF2-SHA-256';
  readonly iterations: number;
  readonly salt: string;
  readonly hash: string;
}

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
