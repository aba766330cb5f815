/**
 * Checking a typed PIN against the stored hash, with the stored count of tries: after five in a
 * row that do not match, a 30 s wait (kept in the database, so a reload does not skip it).
 */
import { useEffect, useState } from 'react';
import { pinWaitLeft, type PinHash } from '../../domain/staff-pin';
import { verifyPin } from '../../lib/pin-hash';
import { clearPinAttempts, recordPinFailure, usePinAttempts } from '../../storage/pin-repo';

export type PinCheckOutcome = 'idle' | 'checking' | 'no-match';

/** The clock, ticking each second until `until` has passed. */
function useClockUntil(until: number): number {
  const [time, setTime] = useState(() => Date.now());
  useEffect(() => {
    if (until <= Date.now()) return;
    const ticker = window.setInterval(() => {
      const current = Date.now();
      setTime(current);
      if (current >= until) window.clearInterval(ticker);
    }, 1000);
    return () => window.clearInterval(ticker);
  }, [until]);
  return time;
}

export function usePinCheck(stored: PinHash, onMatch: () => void) {
  const attempts = usePinAttempts();
  const [outcome, setOutcome] = useState<PinCheckOutcome>('idle');
  const time = useClockUntil(attempts?.waitUntil ?? 0);
  const [checkedAt, setCheckedAt] = useState(0);
  const waitLeft = attempts ? pinWaitLeft(attempts, Math.max(time, checkedAt)) : 0;

  /** Resolves false when the PIN did not match (or could not be tried yet). */
  async function check(pin: string): Promise<boolean> {
    if (outcome === 'checking' || attempts === undefined || waitLeft > 0) return false;
    setOutcome('checking');
    if (await verifyPin(pin, stored)) {
      await clearPinAttempts();
      onMatch();
      return true;
    }
    await recordPinFailure();
    setCheckedAt(Date.now());
    setOutcome('no-match');
    return false;
  }

  return { outcome, waitLeft, check };
}
