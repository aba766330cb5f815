import { useCallback, useEffect, useState } from 'react';

/**
 * Rows of pictures on one tray page: two on a tall screen, one on a short one (a tablet held
 * landscape), so the tray, the story and Together's Back / Next bar are on screen together.
 */
const TALL_SCREEN_PX = 860;
const MIN_PER_PAGE = 4;

function rowsFor(screenHeight: number): number {
  return screenHeight >= TALL_SCREEN_PX ? 2 : 1;
}

/**
 * Fits a tray page to its width — full rows — so the tray never grows taller when the screen
 * narrows (a turned tablet, the staff guide open) and hides the story behind it.
 * Without ResizeObserver (old browsers, jsdom) the fallback size is used.
 */
export function useTrayPageSize(fallback: number): [(node: HTMLElement | null) => void, number] {
  const [node, setNode] = useState<HTMLElement | null>(null);
  const [size, setSize] = useState(fallback);
  const ref = useCallback((element: HTMLElement | null) => setNode(element), []);

  useEffect(() => {
    if (!node || typeof ResizeObserver === 'undefined') return undefined;
    const measure = () => {
      const card = node.firstElementChild;
      if (!(card instanceof HTMLElement)) return;
      const gap = parseFloat(getComputedStyle(node).columnGap) || 0;
      const style = getComputedStyle(node);
      const inner =
        node.clientWidth -
        (parseFloat(style.paddingInlineStart) || 0) -
        (parseFloat(style.paddingInlineEnd) || 0);
      const columns = Math.max(1, Math.floor((inner + gap) / (card.offsetWidth + gap)));
      setSize(Math.max(MIN_PER_PAGE, columns * rowsFor(window.innerHeight)));
    };
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    window.addEventListener('resize', measure);
    measure();
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [node]);

  return [ref, size];
}
