/**
 * The keys of "Protect with a passcode" (issue 16): one random data key encrypts every personal
 * record; it is stored only wrapped — once by a key derived from the staff passcode
 * (PBKDF2-SHA-256, 600,000 iterations, a fresh salt), once by a recovery key shown once at set-up.
 * Unwrapped, the data key lives in memory only and cannot be exported. Changing the passcode
 * wraps the same data key again, so no record is encrypted again; a forgotten passcode is reset
 * with the recovery key the same way. Without either, nothing can be read.
 *
 * AES-KW checks what it unwraps, so a wrong passcode or recovery key fails here, before any
 * record is touched. No storage in this file: callers derive and unwrap first, and only then open
 * a database transaction.
 */
import { fromBase64, toBase64 } from './base64';

export const PASSCODE_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const RECOVERY_BYTES = 32;
/** Crockford's base32: no I, L, O or U, so nothing reads as another letter or a word. */
const RECOVERY_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** What is stored: nothing in it opens a record without the passcode or the recovery key. */
export interface KeyVault {
  readonly version: 1;
  readonly kdf: {
    readonly algorithm: 'PBKDF2-SHA-256';
    readonly iterations: number;
    readonly salt: string;
  };
  /** The data key wrapped (AES-KW) by the passcode's key. */
  readonly byPasscode: string;
  /** The data key wrapped (AES-KW) by the recovery key. */
  readonly byRecovery: string;
}

/** The passcode or the recovery key did not open the vault. Nothing was changed. */
export class WrongSecretError extends Error {
  constructor() {
    super('The passcode or recovery key does not open this tablet’s records');
    this.name = 'WrongSecretError';
  }
}

export type Secret = { readonly passcode: string } | { readonly recoveryKey: string };

const DATA_KEY: AesKeyGenParams = { name: 'AES-GCM', length: 256 };

async function passcodeKey(passcode: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passcode.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-KW', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

function recoveryKeyOf(bytes: Uint8Array<ArrayBuffer>) {
  return crypto.subtle.importKey('raw', bytes, 'AES-KW', false, ['wrapKey', 'unwrapKey']);
}

/** The recovery key as people copy it: 52 letters and digits in groups of four. */
export function formatRecoveryKey(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let text = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      text += RECOVERY_ALPHABET[(value >>> (bits - 5)) & 31] ?? '';
      bits -= 5;
    }
  }
  if (bits > 0) text += RECOVERY_ALPHABET[(value << (5 - bits)) & 31] ?? '';
  return text.match(/.{1,4}/g)?.join('-') ?? '';
}

/**
 * The recovery key's bytes from what staff typed: spaces, dashes and case do not matter, and O,
 * I and L are read as 0, 1 and 1. Null when it cannot be one.
 */
export function parseRecoveryKey(typed: string): Uint8Array<ArrayBuffer> | null {
  const text = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  const bytes = new Uint8Array(RECOVERY_BYTES);
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const letter of text) {
    const digit = RECOVERY_ALPHABET.indexOf(letter);
    if (digit < 0) return null;
    value = ((value << 5) | digit) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      if (at >= RECOVERY_BYTES) return null;
      bytes[at] = (value >>> (bits - 8)) & 255;
      at += 1;
      bits -= 8;
    }
  }
  return at === RECOVERY_BYTES ? bytes : null;
}

async function wrap(dataKey: CryptoKey, by: CryptoKey): Promise<string> {
  return toBase64(new Uint8Array(await crypto.subtle.wrapKey('raw', dataKey, by, 'AES-KW')));
}

async function unwrap(wrapped: string, by: CryptoKey, extractable: boolean): Promise<CryptoKey> {
  try {
    return await crypto.subtle.unwrapKey(
      'raw',
      fromBase64(wrapped),
      by,
      'AES-KW',
      DATA_KEY,
      extractable,
      ['encrypt', 'decrypt'],
    );
  } catch {
    throw new WrongSecretError();
  }
}

async function vaultFor(
  dataKey: CryptoKey,
  passcode: string,
  recovery: CryptoKey,
  iterations: number,
): Promise<KeyVault> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  return {
    version: 1,
    kdf: { algorithm: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt) },
    byPasscode: await wrap(dataKey, await passcodeKey(passcode, salt, iterations)),
    byRecovery: await wrap(dataKey, recovery),
  };
}

/**
 * A new data key, wrapped by the passcode and by a new recovery key. The recovery key is given
 * once, to be printed or saved; the data key comes back ready to use and cannot be exported.
 */
export async function setUpKeys(
  passcode: string,
  iterations = PASSCODE_ITERATIONS,
): Promise<{ vault: KeyVault; dataKey: CryptoKey; recoveryKey: string }> {
  const recoveryBytes = crypto.getRandomValues(new Uint8Array(RECOVERY_BYTES));
  // Extractable only long enough to be wrapped; what the app keeps is unwrapped, not extractable.
  const fresh = await crypto.subtle.generateKey(DATA_KEY, true, ['encrypt', 'decrypt']);
  const vault = await vaultFor(fresh, passcode, await recoveryKeyOf(recoveryBytes), iterations);
  const dataKey = await unlockKeys(vault, { passcode });
  return { vault, dataKey, recoveryKey: formatRecoveryKey(recoveryBytes) };
}

async function keyOf(vault: KeyVault, secret: Secret): Promise<{ by: CryptoKey; wrapped: string }> {
  if ('passcode' in secret) {
    const { salt, iterations } = vault.kdf;
    const by = await passcodeKey(secret.passcode, fromBase64(salt), iterations);
    return { by, wrapped: vault.byPasscode };
  }
  const bytes = parseRecoveryKey(secret.recoveryKey);
  if (!bytes) throw new WrongSecretError();
  return { by: await recoveryKeyOf(bytes), wrapped: vault.byRecovery };
}

/** The data key, for this session only (not extractable); WrongSecretError when it does not open. */
export async function unlockKeys(vault: KeyVault, secret: Secret): Promise<CryptoKey> {
  const { by, wrapped } = await keyOf(vault, secret);
  return unwrap(wrapped, by, false);
}

/**
 * The same data key under a new passcode, opened with the old passcode or the recovery key (a
 * forgotten passcode). The recovery key stays as it was. No record changes.
 */
export async function rewrapKeys(
  vault: KeyVault,
  secret: Secret,
  newPasscode: string,
  iterations = vault.kdf.iterations,
): Promise<KeyVault> {
  const { by, wrapped } = await keyOf(vault, secret);
  const dataKey = await unwrap(wrapped, by, true);
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  return {
    ...vault,
    kdf: { algorithm: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt) },
    byPasscode: await wrap(dataKey, await passcodeKey(newPasscode, salt, iterations)),
  };
}

/** Whether a stored value is a key vault this version can open. */
export function isKeyVault(value: unknown): value is KeyVault {
  if (typeof value !== 'object' || value === null) return false;
  const vault = value as Partial<KeyVault>;
  return (
    vault.version === 1 &&
    vault.kdf?.algorithm === 'PBKDF2-SHA-256' &&
    Number.isInteger(vault.kdf.iterations) &&
    vault.kdf.iterations > 0 &&
    typeof vault.kdf.salt === 'string' &&
    typeof vault.byPasscode === 'string' &&
    typeof vault.byRecovery === 'string'
  );
}
