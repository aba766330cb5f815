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

export function usePinCheck(stored: PinHash, onMatch: () => void) {
  const { isKnown, waitLeft, readClock } = usePinWait();
  const [outcome, setOutcome] = useState<PinCheckOutcome>('idle');

  /** Resolves false when the PIN did not match (or could not be tried yet). */
  async function check(pin: string): Promise<boolean> {
    if (outcome === 'checking' || !isKnown || waitLeft > 0) return false;
    setOutcome('checking');
    try {
      // Another tab may have begun a wait since this one looked: then nothing is checked.
      if (!(await claimStaffPinTry()).isClaimed) {
        setOutcome('idle');
        return false;
      }
      if (await verifyPin(pin, stored)) {
        // The right PIN opens even if clearing the count fails; the count only makes a wait.
        await clearPinAttempts().catch(() => undefined);
        onMatch();
        return true;
      }
      setOutcome('no-match');
      return false;
    } catch {
      // The try could not be counted, so it was not checked; the field is offered again.
      setOutcome('idle');
      return false;
    } finally {
      readClock();
    }
  }

  return { outcome, waitLeft, check };
}
