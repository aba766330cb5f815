import { useCallback, useEffect, useState } from 'react';

/** Rows of pictures on one tray page: two keep the tray and the story on screen together. */
const ROWS = 2;
const MIN_PER_PAGE = 4;

/**
 * Fits a tray page to its width — two full rows — so the tray never grows taller when the screen
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
      setSize(Math.max(MIN_PER_PAGE, columns * ROWS));
    };
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    measure();
    return () => observer.disconnect();
  }, [node]);

  return [ref, size];
}
