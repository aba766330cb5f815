import { describe, expect, it } from 'vitest';
import { buildHundredBoardObz } from '../../../tests/fixtures/obf/hundred-boards';
import {
  buttonLabelled,
  codes,
  gridBoard,
  importOk,
  manifest,
  obfBoard,
  obzFile,
} from '../../../tests/fixtures/obf/obf-builders';
import { importBoards } from './obf';

const named = (id: string, label = id) => gridBoard([[label]], { id, name: `Board ${id}` });

describe('importing a package of boards', () => {
  it('puts the manifest’s root first and imports every board', async () => {
    const file = obzFile({
      'manifest.json': manifest('boards/home.obf', {
        home: 'boards/home.obf',
        food: 'boards/food.obf',
      }),
      'boards/food.obf': named('food'),
      'boards/home.obf': named('home'),
      'boards/extra.obf': named('extra'),
    });
    const { boards, warnings } = await importOk(file);
    expect(boards.map((b) => b.id)).toEqual(['home', 'food', 'extra']);
    expect(warnings).toEqual([]);
  });

  it('finds every board without a manifest; the root is the one named like a root', async () => {
    const file = obzFile({
      'boards/b.obf': named('b'),
      'boards/a.obf': named('a'),
      'boards/root.obf': named('top'),
    });
    const { boards, warnings } = await importOk(file);
    expect(boards.map((b) => b.id)).toEqual(['top', 'a', 'b']);
    expect(warnings).toEqual([{ code: 'manifest-missing' }]);
  });

  it('takes the first board by path as the root when none is named like one', async () => {
    const file = obzFile({ 'boards/10.obf': named('ten'), 'boards/2.obf': named('two') });
    const { boards } = await importOk(file);
    expect(boards.map((b) => b.id)).toEqual(['two', 'ten']);
  });

  it('ignores what archivers add, without a word', async () => {
    const file = obzFile({
      'manifest.json': manifest('boards/1.obf', { '1': 'boards/1.obf' }),
      'boards/1.obf': named('1', 'hello'),
      '__MACOSX/boards/._1.obf': 'not a board',
      'boards/._1.obf': 'not a board',
      '.DS_Store': new Uint8Array([0, 0, 0, 1]),
      'images/Thumbs.db': new Uint8Array([0xd0, 0xcf]),
    });
    const { boards, warnings } = await importOk(file);
    expect(boards.map((b) => b.buttons.map((button) => button.label))).toEqual([['hello']]);
    expect(warnings).toEqual([]);
  });

  it('reads a package zipped inside a folder', async () => {
    const file = obzFile({
      'My boards/manifest.json': manifest('boards/1.obf', { '1': 'boards/1.obf' }),
      'My boards/boards/1.obf': obfBoard({
        buttons: [{ id: 'b', label: 'look', image_id: 'p' }],
        grid: { rows: 1, columns: 1, order: [['b']] },
        images: [{ id: 'p', path: 'images/p.png' }],
      }),
      'My boards/images/p.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    });
    const { boards, warnings } = await importOk(file);
    expect(boards[0]?.buttons[0]?.image?.isPlaceholder).toBe(false);
    expect(warnings).toEqual([]);
  });

  it('links buttons to the boards they open, by path or by id', async () => {
    const home = obfBoard({
      id: 'home',
      buttons: [
        { id: 'to-food', label: 'food', load_board: { path: 'boards/food.obf' } },
        { id: 'to-play', label: 'play', load_board: { id: 'play', name: 'Play' } },
        { id: 'to-web', label: 'web', load_board: { url: 'https://example.org/b/1' } },
        { id: 'to-gone', label: 'gone', load_board: { id: 'nowhere' } },
      ],
      grid: { rows: 1, columns: 4, order: [['to-food', 'to-play', 'to-web', 'to-gone']] },
    });
    const file = obzFile({
      'manifest.json': manifest('boards/home.obf', {}),
      'boards/home.obf': home,
      'boards/food.obf': named('food'),
      'boards/play.obf': named('play'),
    });
    const { boards, warnings } = await importOk(file);
    const root = boards[0]!;
    expect(buttonLabelled(root, 'food').loadBoardId).toBe('food');
    expect(buttonLabelled(root, 'play').loadBoardId).toBe('play');
    expect(buttonLabelled(root, 'web').loadBoardId).toBeUndefined();
    expect(warnings).toEqual([
      { code: 'link-target-missing', boardId: 'home', buttonId: 'to-gone' },
    ]);
  });

  it('renames a repeated board id and keeps links pointing at the right board', async () => {
    const home = obfBoard({
      id: '1',
      buttons: [{ id: 'go', label: 'go', load_board: { id: '1', path: 'boards/other.obf' } }],
      grid: { rows: 1, columns: 1, order: [['go']] },
    });
    const file = obzFile({
      'manifest.json': manifest('boards/home.obf', {}),
      'boards/home.obf': home,
      'boards/other.obf': named('1', 'other'),
    });
    const { boards, warnings } = await importOk(file);
    expect(boards.map((b) => b.id)).toEqual(['1', '1-2']);
    expect(buttonLabelled(boards[0]!, 'go').loadBoardId).toBe('1-2');
    expect(warnings).toEqual([{ code: 'duplicate-board-id', boardId: '1-2' }]);
  });

  it('skips a board file it cannot read and imports the others', async () => {
    const file = obzFile({
      'manifest.json': manifest('boards/1.obf', {}),
      'boards/1.obf': named('1'),
      'boards/2.obf': '{ "buttons": [ broken',
    });
    const { boards, warnings } = await importOk(file);
    expect(boards.map((b) => b.id)).toEqual(['1']);
    expect(warnings).toEqual([{ code: 'board-unreadable', path: 'boards/2.obf' }]);
  });

  it('warns of a manifest it cannot read and finds the boards anyway', async () => {
    const file = obzFile({ 'manifest.json': '[not json', 'boards/1.obf': named('1') });
    const { boards, warnings } = await importOk(file);
    expect(boards.map((b) => b.id)).toEqual(['1']);
    expect(codes(warnings)).toEqual(['manifest-unreadable']);
  });

  it('refuses a zip with no board in it', async () => {
    const file = obzFile({ 'readme.txt': 'hello', '__MACOSX/._x.obf': 'junk' });
    expect(await importBoards(file)).toEqual({ ok: false, refusal: 'no-boards' });
  });

  it('reads a hundred boards, telling progress as each is read', async () => {
    const progress: [number, number][] = [];
    const { boards, warnings } = await importOk(
      { name: 'vocabulary.obz', bytes: buildHundredBoardObz() },
      { onProgress: (done, total) => progress.push([done, total]) },
    );
    expect(boards).toHaveLength(100);
    expect(boards[0]?.id).toBe('board-0');
    expect(buttonLabelled(boards[99]!, 'word 99.23').loadBoardId).toBe('board-0');
    expect(progress).toEqual(Array.from({ length: 101 }, (_, i) => [i, 100]));
    expect(warnings).toEqual([]);
  });
});
