/**
 * Checking a typed PIN against the stored hash. Each try is first claimed in the database, where
 * it is counted before the slow check (so tabs trying at once share one limit), and it is checked
 * only if the claim is granted: five tries, then a wait that grows with each further round
 * (domain/pin-tries). A PIN that matches clears the count.
 */
import { useState } from 'react';
import type { PinHash } from '../../domain/staff-pin';
import { verifyPin } from '../../lib/pin-hash';
import { claimStaffPinTry, clearPinAttempts } from '../../storage/pin-repo';
import { usePinWait } from './use-pin-wait';

export type PinCheckOutcome = 'idle' | 'checking' | 'no-match';

/** What one press of "Unlock" came to: only a PIN that was checked and did not match is cleared. */
export type PinTry = 'matched' | 'no-match' | 'not-tried';

export function usePinCheck(stored: PinHash, onMatch: () => void) {
  const { isKnown, waitLeft, readClock } = usePinWait();
  const [outcome, setOutcome] = useState<PinCheckOutcome>('idle');

  /** Checks the PIN when a try is allowed now; says whether it was tried and matched. */
  async function check(pin: string): Promise<PinTry> {
    if (outcome === 'checking' || !isKnown || waitLeft > 0) return 'not-tried';
    setOutcome('checking');
    try {
      // Another tab may have begun a wait since this one looked: then nothing is checked.
      if (!(await claimStaffPinTry()).isClaimed) {
        setOutcome('idle');
        return 'not-tried';
      }
      if (await verifyPin(pin, stored)) {
        // The right PIN opens even if clearing the count fails; the count only makes a wait.
        await clearPinAttempts().catch(() => undefined);
        onMatch();
        return 'matched';
      }
      setOutcome('no-match');
      return 'no-match';
    } catch {
      // The try could not be counted, so it was not checked; the PIN stays to try again.
      setOutcome('idle');
      return 'not-tried';
    } finally {
      readClock();
    }
  }

  // isKnown is false until the stored count is read: "Unlock" waits for it, keeping the PIN.
  return { outcome, waitLeft, isKnown, check };
}
