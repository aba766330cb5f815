/**
 * The wait before the staff PIN may be tried again, as the prompt and Settings show it: read live
 * from the stored count (so a wait begun in another tab shows here too) and ticking each second.
 * A wait with more left than its round allows — the clock went back, or a stored end far in the
 * future — is started again from now, so it counts down rather than standing still.
 */
import { useCallback, useEffect, useState } from 'react';
import { hasOverlongWait, pinWaitLeft } from '../../domain/pin-tries';
import { settleStaffPinWait, usePinAttempts } from '../../storage/pin-repo';

/** The clock, read now and then each second until `until` has passed; `readClock` reads it now. */
function useClockUntil(until: number): [number, () => void] {
  const [time, setTime] = useState(() => Date.now());
  const readClock = useCallback(() => setTime(Date.now()), []);
  useEffect(() => {
    if (until <= Date.now()) return;
    const ticker = window.setInterval(() => {
      const current = Date.now();
      setTime(current);
      if (current >= until) window.clearInterval(ticker);
    }, 1000);
    return () => window.clearInterval(ticker);
  }, [until]);
  return [time, readClock];
}

export interface PinWait {
  /** False until the stored count is read: no PIN may be tried before. */
  readonly isKnown: boolean;
  /** Milliseconds left; 0 when a PIN may be tried. */
  readonly waitLeft: number;
  /** Reads the clock now, after a try, so a wait it began shows at once. */
  readonly readClock: () => void;
}

export function usePinWait(): PinWait {
  const attempts = usePinAttempts();
  const [time, readClock] = useClockUntil(attempts?.waitUntil ?? 0);

  useEffect(() => {
    if (attempts && hasOverlongWait(attempts, Date.now())) {
      // Not stored: the wait shown is still capped at its round's; the next look tries again.
      settleStaffPinWait().catch(() => undefined);
    }
  }, [attempts, time]);

  return {
    isKnown: attempts !== undefined,
    waitLeft: attempts ? pinWaitLeft(attempts, time) : 0,
    readClock,
  };
}
