import { useCallback, useEffect, useState } from 'react';
import { fractionLeft, secondsLeft } from '../../domain/take-up-time';

/** Often enough for a smooth bar; the seconds shown are whole numbers anyway. */
const TICK_MS = 250;

export interface TakeUpTimer {
  readonly isWaiting: boolean;
  /** True once a wait ran to its end (not when it was stopped), until the next one starts. */
  readonly hasFinished: boolean;
  readonly secondsLeft: number;
  readonly fractionLeft: number;
  readonly start: () => void;
  readonly stop: () => void;
}

/**
 * A visual wait of `totalSeconds`. It only shows time passing: when it ends it stops and says
 * so, and never moves the conversation on.
 */
export function useTakeUpTimer(totalSeconds: number): TakeUpTimer {
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [now, setNow] = useState(0);
  const [hasFinished, setHasFinished] = useState(false);

  useEffect(() => {
    if (startedAt === null) return;
    const timer = window.setInterval(() => {
      const time = Date.now();
      setNow(time);
      if (secondsLeft(startedAt, time, totalSeconds) === 0) {
        setStartedAt(null);
        setHasFinished(true);
      }
    }, TICK_MS);
    return () => window.clearInterval(timer);
  }, [startedAt, totalSeconds]);

  const start = useCallback(() => {
    const time = Date.now();
    setStartedAt(time);
    setNow(time);
    setHasFinished(false);
  }, []);
  const stop = useCallback(() => {
    setStartedAt(null);
    setHasFinished(false);
  }, []);

  const isWaiting = startedAt !== null;
  return {
    isWaiting,
    hasFinished,
    secondsLeft: isWaiting ? secondsLeft(startedAt, now, totalSeconds) : totalSeconds,
    fractionLeft: isWaiting ? fractionLeft(startedAt, now, totalSeconds) : 1,
    start,
    stop,
  };
}
