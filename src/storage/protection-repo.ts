/**
 * "Protect with a passcode" as the screens see it: whether records are protected, how long the
 * app waits before it locks, and the passcode's tries (counted as the staff PIN's are). The keys,
 * the sealing and the unlocking are the app's and storage's own (protection.ts).
 */
import { useLiveQuery } from './live-query';
import { claimPinTry, toPinAttempts, type PinAttempts, type PinClaim } from '../domain/pin-tries';
import { db, now } from './database';
import { eraseSettings } from './erase';
import { readProtection, writeTransaction, type StoredProtection } from './protection';

/** The protection setting, followed live (another tab may switch protection on). */
export function useProtection(): StoredProtection | null | undefined {
  return useLiveQuery(readProtection);
}

/** Persisted setting name: wrong passcodes counted, as the staff PIN's are (domain/pin-tries). */
export const PASSCODE_ATTEMPTS_KEY = 'passcodeAttempts';

/**
 * Claims one try of the passcode before it is checked, counted atomically across tabs and
 * refused while a wait runs (as `claimStaffPinTry`). A passcode that opens calls
 * `clearPasscodeAttempts`.
 */
export async function claimPasscodeTry(): Promise<PinClaim> {
  return writeTransaction([db.settings], async () => {
    const setting = await db.settings.get(PASSCODE_ATTEMPTS_KEY);
    const claim = claimPinTry(toPinAttempts(setting?.value), now());
    await db.settings.put({ key: PASSCODE_ATTEMPTS_KEY, value: claim.attempts });
    return claim;
  });
}

export async function clearPasscodeAttempts(): Promise<void> {
  await eraseSettings([PASSCODE_ATTEMPTS_KEY]);
}

export function usePasscodeAttempts(): PinAttempts | undefined {
  return useLiveQuery(async () =>
    toPinAttempts((await db.settings.get(PASSCODE_ATTEMPTS_KEY))?.value),
  );
}

/** Persisted setting name: minutes without a touch or a key before the app locks. Plain. */
export const LOCK_AFTER_KEY = 'lockAfterMinutes';

/** The choices offered, in minutes; the first visit's is five. */
export const LOCK_AFTER_CHOICES = [2, 5, 10, 15, 30] as const;
export const DEFAULT_LOCK_AFTER = 5;

function toLockAfter(value: unknown): number {
  return LOCK_AFTER_CHOICES.find((minutes) => minutes === value) ?? DEFAULT_LOCK_AFTER;
}

export function useLockAfterMinutes(): number | undefined {
  return useLiveQuery(async () => toLockAfter((await db.settings.get(LOCK_AFTER_KEY))?.value));
}

export async function saveLockAfterMinutes(minutes: number): Promise<void> {
  await writeTransaction([db.settings], () =>
    db.settings.put({ key: LOCK_AFTER_KEY, value: toLockAfter(minutes) }),
  );
}
