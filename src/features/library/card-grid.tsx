/**
 * A board's cards as a grid that stays smooth with thousands of cards: only the rows near the
 * screen are in the page (@tanstack/react-virtual, scrolling with the window). Every card keeps
 * its place in the board's order, row by row, so a card is always where staff left it.
 */
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/** A card's width and height in the grid, with the gap between cards (CSS px; library.css). */
export const TILE = { width: 120, height: 156, gap: 8 } as const;
/** Rows drawn beyond the screen on each side, so a quick scroll never shows a gap. */
const OVERSCAN_ROWS = 3;
/** Columns when the grid's width cannot be measured yet (jsdom, first paint). */
const FALLBACK_COLUMNS = 7;

/** How many cards fit side by side in `width`. */
export function columnsFor(width: number): number {
  if (width <= 0) return FALLBACK_COLUMNS;
  return Math.max(1, Math.floor((width + TILE.gap) / (TILE.width + TILE.gap)));
}

function useColumns(): [(node: HTMLElement | null) => void, number, number] {
  const [node, setNode] = useState<HTMLElement | null>(null);
  const [columns, setColumns] = useState(FALLBACK_COLUMNS);
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    if (!node) return;
    const measure = () => {
      setColumns(columnsFor(node.getBoundingClientRect().width));
      setTop(node.getBoundingClientRect().top + window.scrollY);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    return () => observer.disconnect();
  }, [node]);
  return [setNode, columns, top];
}

export interface CardGridProps {
  readonly cardIds: readonly string[];
  readonly label: string;
  readonly renderCard: (cardId: string, index: number) => ReactNode;
}

export function CardGrid({ cardIds, label, renderCard }: CardGridProps) {
  const [measureRef, columns, top] = useColumns();
  const rowCount = Math.ceil(cardIds.length / columns);
  const listRef = useRef<HTMLUListElement | null>(null);
  const rows = useWindowVirtualizer({
    count: rowCount,
    estimateSize: () => TILE.height + TILE.gap,
    overscan: OVERSCAN_ROWS,
    scrollMargin: top,
  });
  const items = rows.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  const shown = cardIds.slice(first * columns, (last + 1) * columns);
  const before = first * (TILE.height + TILE.gap);
  const after = Math.max(0, rowCount - last - 1) * (TILE.height + TILE.gap);
  return (
    <div ref={measureRef} className="card-grid">
      <ul
        ref={listRef}
        className="card-grid__list"
        aria-label={label}
        style={{
          paddingBlockStart: before,
          paddingBlockEnd: after,
          gridTemplateColumns: `repeat(${columns}, ${TILE.width}px)`,
        }}
      >
        {shown.map((cardId, offset) => (
          <li
            key={cardId}
            className="card-grid__cell"
            aria-posinset={first * columns + offset + 1}
            aria-setsize={cardIds.length}
          >
            {renderCard(cardId, first * columns + offset)}
          </li>
        ))}
      </ul>
    </div>
  );
}
