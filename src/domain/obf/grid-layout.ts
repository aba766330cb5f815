/**
 * Where each button of an OBF board goes on our grid. Every button gets its own cell and none is
 * lost: the grid's `order` places the buttons it names (a repeated id names the next button with
 * that id); rows of the wrong length are padded, the grid grown to the longest; buttons the
 * order leaves out go in new rows after it. With no usable grid, buttons that all carry absolute
 * positions are put in the cells nearest those positions; otherwise in reading order on a
 * near-square grid.
 */
import type { ObfGrid } from './obf-schema';
import { MAX_GRID_SIDE } from './obf-types';

export interface AbsolutePosition {
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly height: number;
}

export interface LayoutButton {
  /** The id as the file writes it (before any renaming), as the grid's order names it. */
  readonly sourceId: string;
  readonly position: AbsolutePosition | undefined;
}

export type LayoutWarning =
  | { readonly code: 'grid-missing' | 'grid-from-positions' | 'grid-order-mismatch' }
  | { readonly code: 'grid-cell-unmatched'; readonly sourceId: string }
  | { readonly code: 'button-not-in-grid'; readonly index: number };

export interface Cell {
  readonly row: number;
  readonly column: number;
}

export interface Layout {
  readonly rows: number;
  readonly columns: number;
  /** The cell of each button, in the order the buttons were given. */
  readonly cells: readonly Cell[];
  readonly warnings: readonly LayoutWarning[];
}

/** A count of rows or columns as declared, or 0 when it is not one. */
const side = (value: number | undefined) =>
  value !== undefined && value >= 1 ? Math.min(MAX_GRID_SIDE, Math.floor(value)) : 0;
const nearSquareColumns = (count: number) => Math.max(1, Math.ceil(Math.sqrt(count)));

/** Gives buttons, by index, cells of a grid `columns` wide: never one cell twice. */
class Placer {
  readonly cells: (Cell | undefined)[];
  private readonly taken = new Set<string>();
  rows = 0;

  constructor(
    count: number,
    readonly columns: number,
  ) {
    this.cells = new Array<Cell | undefined>(count).fill(undefined);
  }

  isFree(row: number, column: number): boolean {
    return !this.taken.has(`${row},${column}`);
  }

  place(index: number, row: number, column: number): void {
    this.cells[index] = { row, column };
    this.taken.add(`${row},${column}`);
    this.rows = Math.max(this.rows, row + 1);
  }

  /** The first free cell at or after (row, column) in reading order. */
  placeNext(index: number, row: number, column: number): void {
    for (let at = row * this.columns + column; ; at += 1) {
      const [r, c] = [Math.floor(at / this.columns), at % this.columns];
      if (this.isFree(r, c)) return this.place(index, r, c);
    }
  }

  layout(minimumRows: number, warnings: LayoutWarning[]): Layout {
    const cells = this.cells.map((cell) => cell ?? { row: 0, column: 0 });
    return { rows: Math.max(1, minimumRows, this.rows), columns: this.columns, cells, warnings };
  }
}

function layOutByOrder(
  buttons: readonly LayoutButton[],
  grid: ObfGrid,
  order: (string | null)[][],
) {
  const warnings: LayoutWarning[] = [];
  const declaredRows = side(grid.rows);
  const declaredColumns = side(grid.columns);
  const orderRows = order.slice(0, MAX_GRID_SIDE);
  const longest = Math.min(MAX_GRID_SIDE, Math.max(0, ...orderRows.map((row) => row.length)));
  const rows = Math.max(declaredRows, orderRows.length);
  const columns = Math.max(declaredColumns, longest) || nearSquareColumns(buttons.length);
  if (order.length !== declaredRows || order.some((row) => row.length !== declaredColumns)) {
    warnings.push({ code: 'grid-order-mismatch' });
  }
  const waiting = new Map<string, number[]>();
  buttons.forEach((button, index) => {
    const same = waiting.get(button.sourceId) ?? [];
    same.push(index);
    waiting.set(button.sourceId, same);
  });
  const placer = new Placer(buttons.length, columns);
  orderRows.forEach((cells, row) => {
    cells.slice(0, columns).forEach((id, column) => {
      if (id === null) return;
      const index = waiting.get(id)?.shift();
      if (index === undefined) warnings.push({ code: 'grid-cell-unmatched', sourceId: id });
      else placer.place(index, row, column);
    });
  });
  placer.cells.forEach((cell, index) => {
    if (cell) return;
    warnings.push({ code: 'button-not-in-grid', index });
    placer.placeNext(index, rows, 0);
  });
  return placer.layout(rows, warnings);
}

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 1;

function layOutByPositions(
  buttons: readonly LayoutButton[],
  positions: readonly AbsolutePosition[],
) {
  const fit = (size: number) => Math.min(MAX_GRID_SIDE, Math.max(1, Math.round(1 / size)));
  const rows = fit(median(positions.map((p) => p.height)));
  const columns = fit(median(positions.map((p) => p.width)));
  /** The cell under a button's centre. */
  const cellOf = (count: number, start: number, size: number) =>
    Math.min(count - 1, Math.max(0, Math.floor((start + size / 2) * count)));
  const placer = new Placer(buttons.length, columns);
  // Top to bottom, then left to right: a button that lands on a taken cell takes the next one.
  const byPlace = positions
    .map((p, index) => ({
      index,
      row: cellOf(rows, p.top, p.height),
      column: cellOf(columns, p.left, p.width),
    }))
    .sort((a, b) => a.row - b.row || a.column - b.column);
  for (const { index, row, column } of byPlace) placer.placeNext(index, row, column);
  return placer.layout(rows, [{ code: 'grid-from-positions' }]);
}

function layOutInReadingOrder(buttons: readonly LayoutButton[], grid: ObfGrid | undefined) {
  const columns = side(grid?.columns) || nearSquareColumns(buttons.length);
  const placer = new Placer(buttons.length, columns);
  buttons.forEach((_, index) => placer.placeNext(index, 0, 0));
  return placer.layout(side(grid?.rows), [{ code: 'grid-missing' }]);
}

const isUsable = (p: AbsolutePosition | undefined): p is AbsolutePosition =>
  p !== undefined && p.width > 0 && p.height > 0;

export function layOutButtons(buttons: readonly LayoutButton[], grid: ObfGrid | undefined): Layout {
  if (buttons.length === 0) {
    const [rows, columns] = [side(grid?.rows), side(grid?.columns)];
    return { rows: Math.max(1, rows), columns: Math.max(1, columns), cells: [], warnings: [] };
  }
  const order = grid?.order;
  const placesAButton = order?.some((row) => row.some((cell) => cell !== null)) ?? false;
  if (grid && order && placesAButton) return layOutByOrder(buttons, grid, order);
  const positions = buttons.map((button) => button.position);
  if (positions.every(isUsable)) {
    return layOutByPositions(buttons, positions);
  }
  if (grid && order) return layOutByOrder(buttons, grid, order);
  return layOutInReadingOrder(buttons, grid);
}
