/**
 * Boards read from an Open Board Format file, as rows of Restory's library: a staff board per
 * board, a card per button in reading order (row by row, so the board keeps the file's layout),
 * and the button's picture as stored bytes (media with no owner, like a staff photo card). A
 * button with neither words nor a picture is a gap in the file's grid and is left out; one with a
 * picture but no words takes its spoken words. A button without a picture shows the "framed
 * picture" symbol until staff choose one. A button's sound (its recorded words) is kept as the
 * card's recording, played instead of a synthetic voice. Words are stored in the board's language (its locale's
 * first part), or in `fallbackLanguage`.
 */
import { TEXT_LIMITS } from '../text-limits';
import type { Board, Card, Media } from '../types';
import type { ImportedBoard, ImportedButton } from './obf-types';

/** Shown on a card whose button had no picture. */
export const NO_PICTURE_SYMBOL = '1F5BC';

export interface LibraryRows {
  readonly boards: Board[];
  readonly cards: Card[];
  readonly media: Media[];
}

function languageOf(locale: string | undefined, fallback: string): string {
  const first = locale?.split(/[-_]/)[0]?.toLowerCase() ?? '';
  return /^[a-z]{2,3}$/.test(first) ? first : fallback;
}

const byReadingOrder = (a: ImportedButton, b: ImportedButton) =>
  a.row - b.row || a.column - b.column;

const wordsOf = (button: ImportedButton) =>
  (button.label.trim() || button.vocalization?.trim() || '').slice(0, TEXT_LIMITS.label);

export function importedToLibrary(
  imported: readonly ImportedBoard[],
  {
    newId,
    time,
    fallbackLanguage,
    untitled,
  }: { newId: () => string; time: number; fallbackLanguage: string; untitled: string },
): LibraryRows {
  const rows: LibraryRows = { boards: [], cards: [], media: [] };
  imported.forEach((board, index) => {
    const language = languageOf(board.locale, fallbackLanguage);
    const boardId = newId();
    const cardIds: string[] = [];
    for (const button of [...board.buttons].sort(byReadingOrder)) {
      const words = wordsOf(button);
      if (words === '') continue;
      const cardId = newId();
      let image: Card['image'] = { kind: 'symbol', symbol: NO_PICTURE_SYMBOL };
      if (button.image) {
        const mediaId = newId();
        rows.media.push({
          id: mediaId,
          ownerId: null,
          type: button.image.contentType,
          bytes: button.image.bytes,
          createdAt: time,
          updatedAt: time,
        });
        image = { kind: 'media', mediaId };
      }
      let sound: string | undefined;
      if (button.sound) {
        sound = newId();
        rows.media.push({
          id: sound,
          ownerId: null,
          type: button.sound.contentType,
          bytes: button.sound.bytes,
          createdAt: time,
          updatedAt: time,
        });
      }
      rows.cards.push({
        id: cardId,
        kind: 'symbol',
        boardId,
        labels: { [language]: words },
        image,
        ...(sound ? { sound } : {}),
        origin: 'staff',
        createdAt: time,
        updatedAt: time,
      });
      cardIds.push(cardId);
    }
    rows.boards.push({
      id: boardId,
      labels: { [language]: board.name.trim().slice(0, TEXT_LIMITS.label) || untitled },
      colour: '',
      // After every board already there, in the package's order.
      order: time + index,
      cardIds,
      origin: 'staff',
      createdAt: time,
      updatedAt: time,
    });
  });
  return rows;
}
