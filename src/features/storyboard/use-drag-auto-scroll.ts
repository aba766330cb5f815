import { useEffect } from 'react';

/** How close to an edge, in CSS pixels, a dragged picture starts scrolling the story. */
const EDGE = 80;
const MAX_SPEED = 18;

/**
 * While a picture is dragged, scrolls the page when the finger nears the top of the screen or
 * the top of the (sticky) tray, so every step stays reachable however long the story is.
 * The touch backend has no autoscroll of its own.
 */
export function useDragAutoScroll(pointerY: number | null): void {
  useEffect(() => {
    if (pointerY === null) return undefined;
    const trayTop =
      document.querySelector('.tray')?.getBoundingClientRect().top ?? window.innerHeight;
    const speed =
      pointerY < EDGE
        ? -MAX_SPEED * (1 - pointerY / EDGE)
        : pointerY > trayTop - EDGE && pointerY < trayTop
          ? MAX_SPEED * (1 - (trayTop - pointerY) / EDGE)
          : 0;
    if (speed === 0) return undefined;
    let frame = requestAnimationFrame(function step() {
      window.scrollBy(0, speed);
      frame = requestAnimationFrame(step);
    });
    return () => cancelAnimationFrame(frame);
  }, [pointerY]);
}
