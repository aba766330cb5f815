import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  importOk,
  JPEG_BYTES,
  MP3_BYTES,
  PNG_BYTES,
  SVG_TEXT,
} from '../../../tests/fixtures/obf/obf-builders';
import {
  ALL_RIGHTS_RESERVED,
  exportBoards,
  openMojiLicence,
  type ExportBoard,
  type ExportImage,
  type Licence,
} from './obf';

const photoLicence: Licence = { type: 'CC BY 4.0', authorName: 'Sam (staff)' };
const photo: ExportImage = {
  id: 'photo-1',
  bytes: JPEG_BYTES,
  contentType: 'image/jpeg',
  licence: photoLicence,
};
const symbol: ExportImage = { id: '1F600', svg: SVG_TEXT, licence: openMojiLicence('Emily Jäger') };
const unlicensed: ExportImage = { id: 'drawing', bytes: PNG_BYTES, contentType: 'image/png' };

const home: ExportBoard = {
  id: 'home',
  name: 'صباح الخير',
  locale: 'ar',
  rows: 2,
  columns: 3,
  buttons: [
    { id: 'a', label: 'أريد', row: 0, column: 0, image: symbol, backgroundColor: '#ffcc00' },
    { id: 'b', label: 'לשתות', vocalization: 'אני רוצה לשתות', row: 0, column: 2, image: photo },
    { id: 'c', label: 'more 👍🏽', row: 1, column: 1, image: symbol, borderColor: '#336699' },
    { id: 'd', label: 'food', row: 1, column: 2, image: unlicensed, loadBoardId: 'food/snacks' },
  ],
};
const food: ExportBoard = {
  id: 'food/snacks',
  name: 'Snacks',
  locale: 'en',
  rows: 1,
  columns: 1,
  buttons: [{ id: 'home', label: 'back', row: 0, column: 0, loadBoardId: 'home' }],
};

const files = (bytes: Uint8Array) => unzipSync(bytes);
const json = (bytes: Uint8Array | undefined): Record<string, unknown> =>
  JSON.parse(strFromU8(bytes ?? new Uint8Array())) as Record<string, unknown>;

describe('exporting boards', () => {
  it('gives back the same boards, words, cells, colours, links and picture bytes', async () => {
    const { boards, warnings } = await importOk({
      name: 'out.obz',
      bytes: exportBoards([home, food]),
    });
    expect(warnings).toEqual([]);
    expect(boards.map((b) => [b.id, b.name, b.locale, b.rows, b.columns])).toEqual([
      ['home', 'صباح الخير', 'ar', 2, 3],
      ['food/snacks', 'Snacks', 'en', 1, 1],
    ]);
    const [a, b, c, d] = boards[0]!.buttons;
    expect(boards[0]!.buttons.map((x) => [x.id, x.label, x.row, x.column])).toEqual(
      home.buttons.map((x) => [x.id, x.label, x.row, x.column]),
    );
    expect(b?.vocalization).toBe('אני רוצה לשתות');
    expect([a?.backgroundColor, c?.borderColor]).toEqual(['#ffcc00', '#336699']);
    expect(new TextDecoder().decode(a?.image?.bytes)).toBe(SVG_TEXT);
    expect(b?.image).toMatchObject({ contentType: 'image/jpeg', bytes: JPEG_BYTES });
    expect(d?.image).toMatchObject({ contentType: 'image/png', bytes: PNG_BYTES });
    expect(d?.loadBoardId).toBe('food/snacks');
    expect(boards[1]!.buttons[0]?.loadBoardId).toBe('home');
  });

  it('writes a button’s recorded words as its sound, which comes back with the button', async () => {
    const recording = { id: 'rec-1', bytes: MP3_BYTES, contentType: 'audio/mpeg' };
    const board: ExportBoard = {
      ...food,
      buttons: [{ id: 'hi', label: 'helo', row: 0, column: 0, sound: recording }],
    };
    const bytes = exportBoards([board]);
    const manifest = json(files(bytes)['manifest.json']);
    expect(manifest['paths']).toMatchObject({ sounds: { 'rec-1': 'sounds/rec-1.mp3' } });
    const { boards } = await importOk({ name: 'out.obz', bytes });
    expect(boards[0]?.buttons[0]?.sound).toMatchObject({
      contentType: 'audio/mpeg',
      bytes: MP3_BYTES,
      licence: { type: ALL_RIGHTS_RESERVED },
    });
  });

  it('writes the layout other apps expect: manifest, boards/ and images/', () => {
    const zip = files(exportBoards([home, food]));
    expect(Object.keys(zip).sort()).toEqual([
      'boards/food_snacks.obf',
      'boards/home.obf',
      'images/1F600.svg',
      'images/drawing.png',
      'images/photo-1.jpg',
      'manifest.json',
    ]);
    expect(json(zip['manifest.json'])).toEqual({
      format: 'open-board-0.1',
      root: 'boards/home.obf',
      paths: {
        boards: { home: 'boards/home.obf', 'food/snacks': 'boards/food_snacks.obf' },
        images: {
          '1F600': 'images/1F600.svg',
          'photo-1': 'images/photo-1.jpg',
          drawing: 'images/drawing.png',
        },
        sounds: {},
      },
    });
    const board = json(zip['boards/home.obf']);
    expect(board).toMatchObject({ format: 'open-board-0.1', id: 'home', locale: 'ar' });
    expect(board['grid']).toEqual({
      rows: 2,
      columns: 3,
      order: [
        ['a', null, 'b'],
        [null, 'c', 'd'],
      ],
    });
    expect((board['buttons'] as unknown[])[0]).toEqual({
      id: 'a',
      label: 'أريد',
      image_id: '1F600',
      background_color: 'rgb(255, 204, 0)',
    });
  });

  it('writes every picture’s licence: OpenMoji, the photographer’s choice, or all rights reserved', () => {
    const images = json(files(exportBoards([home]))['boards/home.obf'])['images'];
    expect(images).toEqual([
      {
        id: '1F600',
        path: 'images/1F600.svg',
        content_type: 'image/svg+xml',
        license: {
          type: 'CC BY-SA 4.0',
          copyright_notice_url: 'https://creativecommons.org/licenses/by-sa/4.0/',
          source_url: 'https://openmoji.org',
          author_name: 'Emily Jäger',
          author_url: 'https://openmoji.org',
        },
      },
      {
        id: 'photo-1',
        path: 'images/photo-1.jpg',
        content_type: 'image/jpeg',
        license: { type: 'CC BY 4.0', author_name: 'Sam (staff)' },
      },
      {
        id: 'drawing',
        path: 'images/drawing.png',
        content_type: 'image/png',
        license: { type: 'private' },
      },
    ]);
  });

  it('reads back the licences it wrote', async () => {
    const { boards } = await importOk({ name: 'out.obz', bytes: exportBoards([home]) });
    const [a, b, , d] = boards[0]!.buttons;
    expect(a?.image?.licence).toEqual(openMojiLicence('Emily Jäger'));
    expect(b?.image?.licence).toEqual(photoLicence);
    expect(d?.image?.licence).toEqual({ type: ALL_RIGHTS_RESERVED });
    expect(boards[0]?.licence).toEqual({ type: ALL_RIGHTS_RESERVED });
  });

  it('opens on the root board asked for, and drops links to boards it does not export', async () => {
    const bytes = exportBoards([home, food], { rootBoardId: 'food/snacks' });
    expect(json(files(bytes)['manifest.json'])['root']).toBe('boards/food_snacks.obf');
    const { boards, warnings } = await importOk({ name: 'out.obz', bytes: exportBoards([home]) });
    expect(boards[0]?.buttons[3]?.loadBoardId).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it('moves a button whose cell is taken to the next free one rather than losing it', async () => {
    const crowded: ExportBoard = {
      ...food,
      rows: 1,
      columns: 2,
      buttons: [
        { id: 'x', label: 'x', row: 0, column: 0 },
        { id: 'y', label: 'y', row: 0, column: 0 },
        { id: 'z', label: 'z', row: 0, column: 1 },
      ],
    };
    const { boards } = await importOk({ name: 'out.obz', bytes: exportBoards([crowded]) });
    expect(boards[0]?.buttons.map((b) => [b.label, b.row, b.column])).toEqual([
      ['x', 0, 0],
      ['y', 1, 0],
      ['z', 0, 1],
    ]);
  });
});
