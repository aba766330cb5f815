import { describe, expect, it } from 'vitest';
import {
  codes,
  gridBoard,
  importOne,
  labelGrid,
  obfBoard,
  obfFile,
} from '../../../tests/fixtures/obf/obf-builders';

describe('importing a board’s layout', () => {
  it('puts each button in the cell the grid names, leaving null cells empty', async () => {
    const file = obfFile(
      gridBoard([
        ['yes', null, 'no'],
        [null, 'help', null],
      ]),
    );
    const { board, warnings } = await importOne(file);
    expect(labelGrid(board)).toEqual([
      ['yes', '', 'no'],
      ['', 'help', ''],
    ]);
    expect([board.rows, board.columns]).toEqual([2, 3]);
    expect(warnings).toEqual([]);
  });

  it('pads a short row and widens the grid for a long one, losing no button', async () => {
    const board = gridBoard([['a', 'b', 'c'], ['d'], ['e', 'f', 'g', 'h']]);
    const { board: imported, warnings } = await importOne(
      obfFile({
        ...board,
        grid: { rows: 3, columns: 3, order: [['a', 'b', 'c'], ['d'], ['e', 'f', 'g', 'h']] },
      }),
    );
    expect(labelGrid(imported)).toEqual([
      ['a', 'b', 'c', ''],
      ['d', '', '', ''],
      ['e', 'f', 'g', 'h'],
    ]);
    expect(codes(warnings)).toEqual(['grid-order-mismatch']);
  });

  it('keeps buttons the grid leaves out, in new rows after it', async () => {
    const board = gridBoard([['a', 'b']]);
    const buttons = [
      ...(board['buttons'] as object[]),
      { id: 'c', label: 'c' },
      { id: 'd', label: 'd' },
      { id: 'e', label: 'e' },
    ];
    const { board: imported, warnings } = await importOne(obfFile({ ...board, buttons }));
    expect(labelGrid(imported)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', ''],
    ]);
    expect(warnings).toEqual([
      { code: 'button-not-in-grid', boardId: 'board-1', buttonId: 'c' },
      { code: 'button-not-in-grid', boardId: 'board-1', buttonId: 'd' },
      { code: 'button-not-in-grid', boardId: 'board-1', buttonId: 'e' },
    ]);
  });

  it('lays buttons out in reading order on a near-square grid when there is no grid', async () => {
    const buttons = ['one', 'two', 'three', 'four', 'five'].map((label, i) => ({
      id: String(i),
      label,
    }));
    const { board, warnings } = await importOne(obfFile(obfBoard({ buttons, grid: undefined })));
    expect(labelGrid(board)).toEqual([
      ['one', 'two', 'three'],
      ['four', 'five', ''],
    ]);
    expect(warnings).toEqual([{ code: 'grid-missing', boardId: 'board-1' }]);
  });

  it('places buttons with only absolute positions in the cells under them', async () => {
    const at = (label: string, top: number, left: number) => ({
      id: label,
      label,
      top,
      left,
      width: 0.45,
      height: 0.45,
    });
    const buttons = [
      at('d', 0.5, 0.5),
      at('a', 0.02, 0.02),
      at('c', 0.5, 0.02),
      at('b', 0.02, 0.5),
    ];
    const { board, warnings } = await importOne(obfFile(obfBoard({ buttons, grid: undefined })));
    expect(labelGrid(board)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(warnings).toEqual([{ code: 'grid-from-positions', boardId: 'board-1' }]);
  });

  it('keeps both buttons of a repeated id, renamed, each where the grid put it', async () => {
    const buttons = [
      { id: 'x', label: 'first' },
      { id: 'x', label: 'second' },
    ];
    const grid = { rows: 1, columns: 2, order: [['x', 'x']] };
    const { board, warnings } = await importOne(obfFile(obfBoard({ buttons, grid })));
    expect(labelGrid(board)).toEqual([['first', 'second']]);
    expect(board.buttons.map((b) => b.id)).toEqual(['x', 'x-2']);
    expect(warnings).toEqual([
      { code: 'duplicate-button-id', boardId: 'board-1', buttonId: 'x-2' },
    ]);
  });

  it('casts numeric ids to strings, in buttons and in the grid alike', async () => {
    const buttons = [
      { id: 1, label: 'one' },
      { id: 2, label: 'two' },
    ];
    const grid = { rows: 1, columns: 2, order: [[2, 1]] };
    const { board, warnings } = await importOne(obfFile(obfBoard({ id: 7, buttons, grid })));
    expect(board.id).toBe('7');
    expect(board.buttons.map((b) => b.id)).toEqual(['1', '2']);
    expect(labelGrid(board)).toEqual([['two', 'one']]);
    expect(warnings).toEqual([]);
  });

  it('keeps an empty board, with a warning', async () => {
    const { board, warnings } = await importOne(
      obfFile(
        obfBoard({ name: 'Nothing yet', buttons: [], grid: { rows: 2, columns: 3, order: [] } }),
      ),
    );
    expect(board).toMatchObject({ name: 'Nothing yet', rows: 2, columns: 3, buttons: [] });
    expect(warnings).toEqual([{ code: 'board-empty', boardId: 'board-1' }]);
  });

  it('leaves empty a cell that names no button', async () => {
    const board = gridBoard([['a', 'ghost']]);
    const { board: imported, warnings } = await importOne(
      obfFile({ ...board, buttons: [{ id: 'a', label: 'a' }] }),
    );
    expect(labelGrid(imported)).toEqual([['a', '']]);
    expect(warnings).toEqual([
      { code: 'grid-cell-unmatched', boardId: 'board-1', buttonId: 'ghost' },
    ]);
  });

  it('gives a button without an id one of its own, and keeps it', async () => {
    const buttons = [{ label: 'nameless' }, { id: '1', label: 'named' }];
    const grid = { rows: 1, columns: 2, order: [['1', null]] };
    const { board, warnings } = await importOne(obfFile(obfBoard({ buttons, grid })));
    expect(labelGrid(board)).toEqual([
      ['named', ''],
      ['nameless', ''],
    ]);
    expect(codes(warnings)).toEqual(['button-id-missing', 'button-not-in-grid']);
    expect(new Set(board.buttons.map((b) => b.id)).size).toBe(2);
  });
});
