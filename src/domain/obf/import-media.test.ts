import { strToU8 } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { writeZip } from '../../../tests/fixtures/crafted-zips';
import {
  buttonLabelled,
  dataUri,
  importOk,
  importOne,
  JPEG_BYTES,
  MP3_BYTES,
  obfBoard,
  obfFile,
  obzFile,
  PNG_BYTES,
  SVG_TEXT,
  WMF_BYTES,
  zipBytes,
  type Json,
} from '../../../tests/fixtures/obf/obf-builders';
import { importBoards, MAX_IMAGE_BYTES } from './obf';
import { crc32 } from './zip-read';

/** A one-button board whose button shows the image record given (id 'pic'). */
function boardWithImage(image: Json, sound?: Json): Json {
  return obfBoard({
    buttons: [{ id: '1', label: 'look', image_id: 'pic', ...(sound ? { sound_id: 'snd' } : {}) }],
    grid: { rows: 1, columns: 1, order: [['1']] },
    images: [{ id: 'pic', ...image }],
    sounds: sound ? [{ id: 'snd', ...sound }] : [],
  });
}

const pictureOf = async (image: Json) => {
  const { board, warnings } = await importOne(obfFile(boardWithImage(image)));
  return { image: buttonLabelled(board, 'look').image, warnings };
};

describe('importing pictures', () => {
  it.each([
    ['PNG', 'image/png', PNG_BYTES],
    ['JPEG', 'image/jpeg', JPEG_BYTES],
    ['SVG', 'image/svg+xml', strToU8(SVG_TEXT)],
  ])('keeps a %s data URI as its bytes and type', async (_, type, bytes) => {
    const { image, warnings } = await pictureOf({ data: dataUri(type, bytes), content_type: type });
    expect(image).toMatchObject({ id: 'pic', contentType: type, isPlaceholder: false });
    expect(image?.bytes).toEqual(bytes);
    expect(warnings).toEqual([]);
  });

  it('reads an SVG data URI written as percent-encoded text', async () => {
    const { image } = await pictureOf({
      data: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(SVG_TEXT)}`,
    });
    expect(image?.contentType).toBe('image/svg+xml');
    expect(new TextDecoder().decode(image?.bytes)).toBe(SVG_TEXT);
  });

  it('shows the placeholder for a WMF, whatever type it claims', async () => {
    for (const type of ['image/x-wmf', 'image/png']) {
      const { image, warnings } = await pictureOf({ data: dataUri(type, WMF_BYTES) });
      expect(image).toMatchObject({ isPlaceholder: true, contentType: 'image/svg+xml' });
      expect(warnings).toEqual([{ code: 'image-unsupported', boardId: 'board-1', imageId: 'pic' }]);
    }
  });

  it('reads a picture by its path inside the package', async () => {
    const file = obzFile({
      'boards/1.obf': boardWithImage({ path: 'images/pic.png', content_type: 'image/png' }),
      'images/pic.png': PNG_BYTES,
    });
    const { boards, warnings } = await importOk(file);
    expect(buttonLabelled(boards[0]!, 'look').image?.bytes).toEqual(PNG_BYTES);
    expect(warnings).toEqual([{ code: 'manifest-missing' }]);
  });

  it('never fetches a picture given by web address: placeholder and a warning', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const { image, warnings } = await pictureOf({ url: 'https://example.org/happy.png' });
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(image?.isPlaceholder).toBe(true);
    expect(warnings).toEqual([
      { code: 'image-url-not-fetched', boardId: 'board-1', imageId: 'pic' },
    ]);
  });

  it('shows the placeholder for a symbol set it does not have', async () => {
    const { image, warnings } = await pictureOf({
      symbol: { set: 'symbolstix', filename: 'happy.png' },
    });
    expect(image?.isPlaceholder).toBe(true);
    expect(warnings).toEqual([
      { code: 'image-symbol-unresolved', boardId: 'board-1', imageId: 'pic' },
    ]);
  });

  it('uses the first reference that works: data, then path, then url', async () => {
    const { image, warnings } = await pictureOf({
      data: dataUri('image/x-wmf', WMF_BYTES),
      url: 'https://example.org/happy.png',
      symbol: { set: 'symbolstix', filename: 'happy.png' },
    });
    expect(image?.isPlaceholder).toBe(true);
    expect(warnings.map((w) => w.code)).toEqual(['image-unsupported']);
  });

  it('warns of a path the package does not hold, and of an image id with no image', async () => {
    const missingPath = await pictureOf({ path: 'images/gone.png' });
    expect(missingPath.image?.isPlaceholder).toBe(true);
    expect(missingPath.warnings.map((w) => w.code)).toEqual(['image-missing']);
    const board = obfBoard({ buttons: [{ id: '1', label: 'look', image_id: 'nope' }] });
    const { board: imported, warnings } = await importOne(obfFile({ ...board, grid: undefined }));
    expect(imported.buttons[0]?.image).toBeUndefined();
    expect(warnings).toContainEqual({
      code: 'image-missing',
      boardId: 'board-1',
      buttonId: '1',
      imageId: 'nope',
    });
  });

  it('uses the first of two images with one id, with a warning', async () => {
    const board = boardWithImage({ data: dataUri('image/png', PNG_BYTES) });
    const images = [
      ...(board['images'] as Json[]),
      { id: 'pic', data: dataUri('image/jpeg', JPEG_BYTES) },
    ];
    const { board: imported, warnings } = await importOne(obfFile({ ...board, images }));
    expect(imported.buttons[0]?.image?.bytes).toEqual(PNG_BYTES);
    expect(warnings).toEqual([{ code: 'duplicate-image-id', boardId: 'board-1', imageId: 'pic' }]);
  });

  it('resolves a picture shared by several buttons once', async () => {
    const board = boardWithImage({ data: dataUri('image/png', PNG_BYTES) });
    const buttons = [
      { id: '1', label: 'a', image_id: 'pic' },
      { id: '2', label: 'b', image_id: 'pic' },
    ];
    const { board: imported } = await importOne(
      obfFile({ ...board, buttons, grid: { rows: 1, columns: 2, order: [['1', '2']] } }),
    );
    expect(imported.buttons[0]?.image).toBe(imported.buttons[1]?.image);
  });

  it('never reads a reference after the one that works', async () => {
    const image = { data: dataUri('image/png', PNG_BYTES), path: 'images/big.png' };
    const board = strToU8(JSON.stringify(boardWithImage(image)));
    const bytes = writeZip([
      { name: 'boards/1.obf', method: 0, data: board, size: board.length, crc: crc32(board) },
      { name: 'images/big.png', method: 0, data: new Uint8Array(10), size: 11 * 2 ** 20, crc: 0 },
    ]);
    const { boards } = await importOk({ name: 'both.obz', bytes });
    expect(boards[0]?.buttons[0]?.image?.bytes).toEqual(PNG_BYTES);
  });

  it('refuses the whole import for one data URI picture over the limit', async () => {
    const huge = new Uint8Array(MAX_IMAGE_BYTES + 1);
    huge.set(PNG_BYTES);
    const result = await importBoards(
      obfFile(boardWithImage({ data: dataUri('image/png', huge) })),
    );
    expect(result).toEqual({ ok: false, refusal: 'image-too-large' });
  });

  it('refuses the whole import for one packaged picture over the limit, before inflating it', async () => {
    const board = strToU8(JSON.stringify(boardWithImage({ path: 'images/pic.png' })));
    const bytes = writeZip([
      { name: 'boards/1.obf', method: 0, data: board, size: board.length, crc: crc32(board) },
      // Declares 11 MB and holds ten bytes: only the declared size can refuse it.
      {
        name: 'images/pic.png',
        method: 0,
        data: new Uint8Array(10),
        size: 11 * 1024 * 1024,
        crc: 0,
      },
    ]);
    expect(await importBoards({ name: 'big.obz', bytes })).toEqual({
      ok: false,
      refusal: 'image-too-large',
    });
  });
});

describe('importing sounds', () => {
  it('keeps a sound given as a data URI or by path', async () => {
    const inline = await importOne(
      obfFile(boardWithImage({}, { data: dataUri('audio/mpeg', MP3_BYTES) })),
    );
    expect(inline.board.buttons[0]?.sound).toMatchObject({ id: 'snd', contentType: 'audio/mpeg' });
    expect(inline.board.buttons[0]?.sound?.bytes).toEqual(MP3_BYTES);
    const file = {
      name: 'sounds.obz',
      bytes: zipBytes({
        'boards/1.obf': boardWithImage({}, { path: 'sounds/hi.mp3' }),
        'sounds/hi.mp3': MP3_BYTES,
      }),
    };
    const { boards } = await importOk(file);
    expect(boards[0]?.buttons[0]?.sound?.bytes).toEqual(MP3_BYTES);
  });

  it('leaves out a sound that is not audio, with a warning', async () => {
    const { board, warnings } = await importOne(
      obfFile(boardWithImage({}, { data: dataUri('text/plain', strToU8('hello')) })),
    );
    expect(board.buttons[0]?.sound).toBeUndefined();
    expect(warnings).toContainEqual({
      code: 'sound-unsupported',
      boardId: 'board-1',
      soundId: 'snd',
    });
  });

  it('never fetches a sound given by web address', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const { board, warnings } = await importOne(
      obfFile(boardWithImage({}, { url: 'https://example.org/hi.mp3' })),
    );
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(board.buttons[0]?.sound).toBeUndefined();
    expect(warnings).toContainEqual({
      code: 'sound-url-not-fetched',
      boardId: 'board-1',
      soundId: 'snd',
    });
  });
});
