import { useEffect } from 'react';

/** How close to an edge, in CSS pixels, a dragged picture starts scrolling the story. */
const EDGE = 80;
const MAX_SPEED = 18;

/**
 * The foot of the part of the screen where the story can be seen: the top of the (sticky) tray
 * when it sits under the story (a tablet held upright), else the top of the step bar at the foot
 * of the screen (the tray beside the story, a tablet on its side), else the screen's foot.
 */
function storyFoot(): number {
  const tray = document.querySelector('.tray')?.getBoundingClientRect();
  if (tray && tray.top > window.innerHeight / 2) return tray.top;
  return document.querySelector('.step-nav')?.getBoundingClientRect().top ?? window.innerHeight;
}

/**
 * While a picture is dragged, scrolls the page when the finger nears the top of the screen or
 * the foot of the story's part of it, so every step stays reachable however long the story is.
 * The touch backend has no autoscroll of its own.
 */
export function useDragAutoScroll(pointerY: number | null): void {
  useEffect(() => {
    if (pointerY === null) return undefined;
    const foot = storyFoot();
    const speed =
      pointerY < EDGE
        ? -MAX_SPEED * (1 - pointerY / EDGE)
        : pointerY > foot - EDGE && pointerY < foot
          ? MAX_SPEED * (1 - (foot - pointerY) / EDGE)
          : 0;
    if (speed === 0) return undefined;
    let frame = requestAnimationFrame(function step() {
      window.scrollBy(0, speed);
      frame = requestAnimationFrame(step);
    });
    return () => cancelAnimationFrame(frame);
  }, [pointerY]);
}
