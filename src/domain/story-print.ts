/** How a social story reads and prints (issue 12): a page's words, a folded booklet. */
import type { StoryPage } from './types';

/**
 * A folded booklet: the printed pages (cover first) laid out two to a side so that the sheets,
 * printed on both sides (flipped on the short edge), stacked and folded, read in order. Pages are
 * numbered from 0; null is a blank page that fills the booklet to a multiple of four.
 */
export function bookletSides(pageCount: number): [number | null, number | null][] {
  const total = Math.max(4, Math.ceil(pageCount / 4) * 4);
  const at = (i: number) => (i < pageCount ? i : null);
  const sides: [number | null, number | null][] = [];
  for (let sheet = 0; sheet < total / 4; sheet += 1) {
    sides.push([at(total - 1 - 2 * sheet), at(2 * sheet)]);
    sides.push([at(2 * sheet + 1), at(total - 2 - 2 * sheet)]);
  }
  return sides;
}

/** A page's words as one text, for reading aloud. */
export function pageText(page: Pick<StoryPage, 'sentences'>): string {
  return page.sentences
    .map((s) => s.words.trim())
    .filter((w) => w !== '')
    .join(' ');
}
