/**
 * A deliberate press-and-hold: progress fills over HOLD_MS while a finger, the mouse button, or
 * Enter or Space stays down; letting go early, sliding off or losing focus starts again from zero.
 * Progress is read from the clock, not counted in ticks, so the hold lasts 2 s however busy the tablet.
 */
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';

export const HOLD_MS = 2000;
const TICK_MS = 50;
/** How long the hint stays after a press ends, then the screen is calm again. */
const HINT_MS = 5000;

const isHoldKey = (key: string) => key === 'Enter' || key === ' ';

/**
 * When a held finger lifts after the screen has changed, the browser sends a click to whatever is
 * now under it (on the staff screens, a navigation link). Swallow that one click; a new press or
 * key means it never came.
 */
function swallowGhostClick(): void {
  const swallow = (event: Event) => {
    event.preventDefault();
    event.stopPropagation();
    stop();
  };
  const stop = () => {
    document.removeEventListener('click', swallow, true);
    document.removeEventListener('pointerdown', stop, true);
    document.removeEventListener('keydown', stop, true);
  };
  document.addEventListener('click', swallow, true);
  document.addEventListener('pointerdown', stop, true);
  document.addEventListener('keydown', stop, true);
}

export function usePressHold(onComplete: () => void) {
  const [progress, setProgress] = useState(0);
  const [isHinted, setHinted] = useState(false);
  const ticker = useRef<number | undefined>(undefined);
  const hintTimer = useRef<number | undefined>(undefined);
  const startedAt = useRef(0);
  const complete = useRef(onComplete);

  useEffect(() => {
    complete.current = onComplete;
  });

  const stopTicking = useCallback(() => {
    window.clearInterval(ticker.current);
    ticker.current = undefined;
  }, []);

  useEffect(
    () => () => {
      stopTicking();
      window.clearTimeout(hintTimer.current);
    },
    [stopTicking],
  );

  const start = useCallback(() => {
    if (ticker.current !== undefined) return;
    window.clearTimeout(hintTimer.current);
    setHinted(true);
    startedAt.current = Date.now();
    ticker.current = window.setInterval(() => {
      const value = Math.min(1, (Date.now() - startedAt.current) / HOLD_MS);
      setProgress(value);
      if (value < 1) return;
      stopTicking();
      swallowGhostClick();
      complete.current();
    }, TICK_MS);
  }, [stopTicking]);

  const release = useCallback(() => {
    if (ticker.current === undefined) return;
    stopTicking();
    setProgress(0);
    hintTimer.current = window.setTimeout(() => setHinted(false), HINT_MS);
  }, [stopTicking]);

  const handlers = {
    onPointerDown: (event: { button: number }) => {
      if (event.button === 0) start();
    },
    onPointerUp: release,
    onPointerLeave: release,
    onPointerCancel: release,
    onBlur: release,
    // A long touch would otherwise open the browser's menu and cancel the hold.
    onContextMenu: (event: { preventDefault: () => void }) => event.preventDefault(),
    onKeyDown: (event: KeyboardEvent) => {
      if (!isHoldKey(event.key)) return;
      event.preventDefault();
      if (!event.repeat) start();
    },
    onKeyUp: (event: KeyboardEvent) => {
      if (!isHoldKey(event.key)) return;
      event.preventDefault();
      release();
    },
    // A quick tap, or a click from assistive technology, only shows the hint.
    onClick: () => setHinted(true),
  };
  return { progress, isHinted, handlers };
}
