/**
 * Hashing and checking the staff PIN with WebCrypto: PBKDF2-SHA-256, a fresh 16-byte salt per
 * save, 600,000 iterations (OWASP's figure for PBKDF2-HMAC-SHA256). No storage here: callers hash
 * first and only then open a database transaction, since awaiting crypto inside one would let
 * IndexedDB commit early.
 */
import type { PinHash } from '../domain/staff-pin';
import { fromBase64, toBase64 } from './base64';

export const PIN_HASH_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;

async function derive(
  pin: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    HASH_BITS,
  );
  return new Uint8Array(bits);
}

/** Every byte is compared whatever the first difference, so timing tells nothing. */
function isSameBytes(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < a.length; i += 1) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

export async function hashPin(pin: string, iterations = PIN_HASH_ITERATIONS): Promise<PinHash> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await derive(pin, salt, iterations);
  return {
    algorithm: 'PBKDF2-SHA-256',
    iterations,
    salt: toBase64(salt),
    hash: toBase64(hash),
  };
}

/** Uses the iterations stored with the hash, so a PIN saved before a change still opens. */
export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  try {
    const hash = await derive(pin, fromBase64(stored.salt), stored.iterations);
    return isSameBytes(hash, fromBase64(stored.hash));
  } catch {
    // A damaged stored value never matches; it must not open the lock either.
    return false;
  }
}
