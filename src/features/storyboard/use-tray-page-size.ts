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
/** Room kept for the pager ("More pictures") when a board fits on one page and has none. */
const PAGER_PX = 60;

/**
 * How many rows of pictures fit in the tray's own height (its max-block-size), below its tabs and
 * above its pager; null when the tray has no height of its own.
 */
function rowsThatFit(panel: HTMLElement, card: HTMLElement): number | null {
  const tray = panel.closest<HTMLElement>('.tray');
  if (!tray) return null;
  const trayStyle = getComputedStyle(tray);
  const height = parseFloat(trayStyle.maxBlockSize);
  if (!Number.isFinite(height)) return null;
  const above = panel.getBoundingClientRect().top - tray.getBoundingClientRect().top;
  const pager = tray.querySelector<HTMLElement>('.tray__pages');
  const below =
    (pager
      ? pager.offsetHeight + (parseFloat(getComputedStyle(pager).marginBlockStart) || 0)
      : PAGER_PX) + (parseFloat(trayStyle.paddingBlockEnd) || 0);
  const panelStyle = getComputedStyle(panel);
  const rowGap = parseFloat(panelStyle.rowGap) || 0;
  const inner =
    height -
    above -
    below -
    (parseFloat(panelStyle.paddingBlockStart) || 0) -
    (parseFloat(panelStyle.paddingBlockEnd) || 0);
  return Math.max(1, Math.floor((inner + rowGap) / (card.offsetHeight + rowGap)));
}

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
      // Beside the story the tray fills the height it has (storyboard.css sets --tray-rows: fit);
      // under the story, the screen's height decides.
      const isFitted = style.getPropertyValue('--tray-rows').trim() === 'fit';
      const fitted = (isFitted ? rowsThatFit(node, card) : null) ?? rowsFor(window.innerHeight);
      setSize(Math.max(MIN_PER_PAGE, columns * fitted));
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
