import { describe, expect, it } from 'vitest';
import type { ImportedBoard } from './obf-types';
import { importedToLibrary, NO_PICTURE_SYMBOL } from './to-library';

const licence = { type: 'all rights reserved' } as unknown as NonNullable<
  ImportedBoard['buttons'][number]['sound']
>['licence'];

function board(buttons: Partial<ImportedBoard['buttons'][number]>[]): ImportedBoard {
  return {
    id: 'b',
    name: 'Home',
    locale: 'cy',
    buttons: buttons.map((b, i) => ({ id: `${i}`, label: '', row: 0, column: i, ...b })),
  } as unknown as ImportedBoard;
}

function rowsOf(boards: ImportedBoard[]) {
  let n = 0;
  return importedToLibrary(boards, {
    newId: () => `id-${(n += 1)}`,
    time: 5,
    fallbackLanguage: 'en',
    untitled: 'Imported board',
  });
}

describe('boards from a board file as library rows', () => {
  it('keeps a button’s sound as its card’s recording, stored as bytes', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const rows = rowsOf([
      board([{ label: 'helo', sound: { id: 's', bytes, contentType: 'audio/mpeg', licence } }]),
    ]);
    const [card] = rows.cards;
    expect(card).toMatchObject({ labels: { cy: 'helo' }, image: { symbol: NO_PICTURE_SYMBOL } });
    const recording = rows.media.find((m) => m.id === card?.sound);
    expect(recording).toMatchObject({ type: 'audio/mpeg', ownerId: null });
    expect(Array.from(recording?.bytes ?? [])).toEqual([1, 2, 3]);
  });

  it('gives a card no recording when its button had no sound, and leaves out gaps', () => {
    const rows = rowsOf([board([{ label: 'ie' }, { label: '  ' }])]);
    expect(rows.cards).toHaveLength(1);
    expect(rows.cards[0]).not.toHaveProperty('sound');
    expect(rows.media).toEqual([]);
  });
});
