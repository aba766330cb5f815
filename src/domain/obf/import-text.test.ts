import { describe, expect, it } from 'vitest';
import {
  buttonLabelled,
  codes,
  dataUri,
  importOne,
  obfBoard,
  obfFile,
  PNG_BYTES,
} from '../../../tests/fixtures/obf/obf-builders';
import { ALL_RIGHTS_RESERVED } from './obf';

const oneButton = (button: Record<string, unknown>, fields: Record<string, unknown> = {}) =>
  obfFile(
    obfBoard({
      buttons: [{ id: '1', ...button }],
      grid: { rows: 1, columns: 1, order: [['1']] },
      ...fields,
    }),
  );

describe('importing words', () => {
  it.each([
    ['Arabic', 'أريد أن أشرب'],
    ['Hebrew', 'אני רוצה לשתות'],
    ['an emoji sequence', 'family 👨‍👩‍👧 🏳️‍🌈'],
    ['combining marks', 'cafe\u0301 n\u0303'],
    ['mixed directions', 'Ahmed قال shalom שלום'],
  ])('keeps a label in %s byte for byte', async (_, label) => {
    const { board } = await importOne(oneButton({ label, vocalization: `${label}!` }));
    const button = board.buttons[0]!;
    expect(new TextEncoder().encode(button.label)).toEqual(new TextEncoder().encode(label));
    expect(button.vocalization).toBe(`${label}!`);
  });

  it('reads a board file with a byte order mark', async () => {
    const file = oneButton({ label: 'مرحبا' });
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...file.bytes]);
    const { board } = await importOne({ ...file, bytes });
    expect(board.buttons[0]?.label).toBe('مرحبا');
  });

  it('accepts a board with no format field, with a warning', async () => {
    const board = obfBoard({ buttons: [{ id: '1', label: 'hi' }] });
    delete board['format'];
    const { board: imported, warnings } = await importOne(obfFile(board));
    expect(imported.buttons[0]?.label).toBe('hi');
    expect(codes(warnings)).toContain('format-missing');
  });

  it('ignores extension fields and unknown keys', async () => {
    const { board, warnings } = await importOne(
      oneButton(
        { label: 'hi', ext_speakify_app: 'com.example', ext_other: { deep: [1] } },
        { ext_speakify_theme: 'dark', description_html: '<b>hi</b>' },
      ),
    );
    expect(board.buttons[0]).toEqual({ id: '1', label: 'hi', row: 0, column: 0 });
    expect(warnings).toEqual([]);
  });

  it('names a board after its file when it has no name', async () => {
    const board = obfBoard({ buttons: [{ id: '1', label: 'hi' }] });
    delete board['name'];
    const { board: imported } = await importOne(obfFile(board, 'Snacks board.obf'));
    expect(imported.name).toBe('Snacks board');
  });
});

describe('importing colours', () => {
  it.each([
    ['rgb(255, 0, 0)', '#ff0000'],
    ['rgb(0 128 255)', '#0080ff'],
    ['rgb(100%, 50%, 0%)', '#ff8000'],
    ['rgba(0, 0, 0, 0.5)', '#808080'],
    ['rgba(200, 255, 255, 0.2)', '#f4ffff'],
    ['#FC0', '#ffcc00'],
    ['#336699', '#336699'],
    ['#00000080', '#7f7f7f'],
  ])('reads %s as %s', async (written, colour) => {
    const { board, warnings } = await importOne(
      oneButton({ label: 'x', background_color: written }),
    );
    expect(board.buttons[0]?.backgroundColor).toBe(colour);
    expect(warnings).toEqual([]);
  });

  it('leaves out a colour it cannot read, with a warning', async () => {
    const { board, warnings } = await importOne(
      oneButton({ label: 'x', background_color: 'rgb(nope)', border_color: 'transparent' }),
    );
    expect(board.buttons[0]?.backgroundColor).toBeUndefined();
    expect(board.buttons[0]?.borderColor).toBeUndefined();
    expect(warnings).toEqual([{ code: 'colour-unparseable', boardId: 'board-1', buttonId: '1' }]);
  });
});

describe('importing licences', () => {
  const licence = {
    type: 'CC-By-SA',
    copyright_notice_url: 'https://creativecommons.org/licenses/by-sa/4.0',
    author_name: 'Bob Jones',
    author_url: 'https://example.org/bob',
    ext_app_note: 'dropped',
  };

  it('keeps the licences of boards, pictures and sounds', async () => {
    const { board } = await importOne(
      oneButton(
        { label: 'x', image_id: 'p', sound_id: 's' },
        {
          license: licence,
          images: [{ id: 'p', data: dataUri('image/png', PNG_BYTES), license: licence }],
          sounds: [{ id: 's', data: 'data:audio/mpeg;base64,SUQzBAAAAAAAAP/7', license: licence }],
        },
      ),
    );
    const expected = {
      type: 'CC-By-SA',
      copyrightNoticeUrl: 'https://creativecommons.org/licenses/by-sa/4.0',
      authorName: 'Bob Jones',
      authorUrl: 'https://example.org/bob',
    };
    const button = buttonLabelled(board, 'x');
    expect([board.licence, button.image?.licence, button.sound?.licence]).toEqual([
      expected,
      expected,
      expected,
    ]);
  });

  it('marks all rights reserved where the file gives no licence', async () => {
    const { board } = await importOne(
      oneButton(
        { label: 'x', image_id: 'p' },
        {
          images: [
            { id: 'p', data: dataUri('image/png', PNG_BYTES), license: { type: 'private' } },
          ],
        },
      ),
    );
    expect(board.licence).toEqual({ type: ALL_RIGHTS_RESERVED });
    expect(board.buttons[0]?.image?.licence).toEqual({ type: ALL_RIGHTS_RESERVED });
  });
});
