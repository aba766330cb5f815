/**
 * The staff PIN's salted hash and the count of tries that did not match, in the settings table.
 * Hashing happens before these calls (lib/pin-hash): nothing here awaits crypto in a transaction.
 * The tries are stored, not kept in the tab, so a reload does not skip the wait.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import {
  afterPinFailure,
  isPinHash,
  toPinAttempts,
  type PinAttempts,
  type PinHash,
} from '../domain/staff-pin';
import { db, now } from './database';
import { eraseSettings } from './erase';

/** Persisted keys: never rename without a migration. */
export const STAFF_PIN_KEY = 'staffPin';
export const STAFF_PIN_ATTEMPTS_KEY = 'staffPinAttempts';

export async function saveStaffPin(hash: PinHash): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    await db.settings.put({ key: STAFF_PIN_KEY, value: hash });
    await eraseSettings([STAFF_PIN_ATTEMPTS_KEY]);
  });
}

export async function getStaffPin(): Promise<PinHash | null> {
  const setting = await db.settings.get(STAFF_PIN_KEY);
  return isPinHash(setting?.value) ? setting.value : null;
}

/** The stored PIN hash; null when no PIN is set, undefined while loading. */
export function useStaffPin(): PinHash | null | undefined {
  return useLiveQuery(getStaffPin);
}

export function usePinAttempts(): PinAttempts | undefined {
  return useLiveQuery(async () => {
    const setting = await db.settings.get(STAFF_PIN_ATTEMPTS_KEY);
    return toPinAttempts(setting?.value);
  });
}

/** Counts one more try that did not match; returns the new count and any wait. */
export async function recordPinFailure(): Promise<PinAttempts> {
  return db.transaction('rw', db.settings, async () => {
    const setting = await db.settings.get(STAFF_PIN_ATTEMPTS_KEY);
    const attempts = afterPinFailure(toPinAttempts(setting?.value), now());
    await db.settings.put({ key: STAFF_PIN_ATTEMPTS_KEY, value: attempts });
    return attempts;
  });
}

/** The stored count of tries that did not match, read once (for checks outside a component). */
export async function readPinAttempts(): Promise<PinAttempts> {
  return toPinAttempts((await db.settings.get(STAFF_PIN_ATTEMPTS_KEY))?.value);
}

/** Takes the staff PIN away: leaving Together goes back to the press-and-hold. */
export async function removeStaffPin(): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    await eraseSettings([STAFF_PIN_KEY, STAFF_PIN_ATTEMPTS_KEY]);
  });
}

export async function clearPinAttempts(): Promise<void> {
  await eraseSettings([STAFF_PIN_ATTEMPTS_KEY]);
}
