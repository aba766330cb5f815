/**
 * The staff PIN's salted hash and the count of tries that did not match, in the settings table.
 * Hashing happens before or after these calls (lib/pin-hash), never inside their transactions:
 * awaiting crypto in one would let IndexedDB commit it early. The tries are stored, not kept in
 * the tab, so a reload does not skip the wait and every tab shares one count.
 */
import { useLiveQuery } from './live-query';
import {
  claimPinTry,
  hasOverlongWait,
  settlePinWait,
  toPinAttempts,
  type PinAttempts,
  type PinClaim,
} from '../domain/pin-tries';
import { isPinHash, type PinHash } from '../domain/staff-pin';
import { db, now } from './database';
import { eraseSettings } from './erase';
import { writeTransaction } from './protection';

/** Persisted keys: never rename without a migration. */
export const STAFF_PIN_KEY = 'staffPin';
export const STAFF_PIN_ATTEMPTS_KEY = 'staffPinAttempts';

export async function saveStaffPin(hash: PinHash): Promise<void> {
  await writeTransaction([db.settings], async () => {
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

/**
 * Claims one try of the PIN before it is checked: in one transaction, refused while a wait runs,
 * otherwise counted at once (the rule is in domain/pin-tries). IndexedDB runs read-write
 * transactions on one table one after another, in every tab, so tabs claiming together can never
 * check more PINs than the rule allows. Check the PIN only when `isClaimed`; a match then calls
 * `clearPinAttempts`, and a PIN that does not match needs nothing more: it is counted already.
 */
export async function claimStaffPinTry(): Promise<PinClaim> {
  return writeTransaction([db.settings], async () => {
    const setting = await db.settings.get(STAFF_PIN_ATTEMPTS_KEY);
    const claim = claimPinTry(toPinAttempts(setting?.value), now());
    await db.settings.put({ key: STAFF_PIN_ATTEMPTS_KEY, value: claim.attempts });
    return claim;
  });
}

/**
 * Starts a wait that has more left than its round allows (the clock went back, or a stored end
 * far in the future) again from now, so it counts down instead of standing still.
 */
export async function settleStaffPinWait(): Promise<void> {
  await writeTransaction([db.settings], async () => {
    const attempts = toPinAttempts((await db.settings.get(STAFF_PIN_ATTEMPTS_KEY))?.value);
    const time = now();
    if (!hasOverlongWait(attempts, time)) return;
    await db.settings.put({ key: STAFF_PIN_ATTEMPTS_KEY, value: settlePinWait(attempts, time) });
  });
}

/** Takes the staff PIN away: leaving Together goes back to the press-and-hold. */
export async function removeStaffPin(): Promise<void> {
  await writeTransaction([db.settings], async () => {
    await eraseSettings([STAFF_PIN_KEY, STAFF_PIN_ATTEMPTS_KEY]);
  });
}

/** After a PIN that matched: the count, its rounds and any wait start again from nothing. */
export async function clearPinAttempts(): Promise<void> {
  await eraseSettings([STAFF_PIN_ATTEMPTS_KEY]);
}
