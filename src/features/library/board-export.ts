/**
 * One library board as an Open Board Format package (.obz) that other AAC apps open: its cards in
 * order on a grid six wide, each with its word in the chosen language and its picture — an
 * OpenMoji symbol as its SVG (CC BY-SA 4.0, credited to OpenMoji), a stored photo or drawing as
 * its bytes (all rights reserved: the app holds no licence for it). A picture that cannot be read
 * (a symbol offline before the set was kept) leaves its card without one rather than failing.
 * A card's recorded word goes with it as the button's sound (all rights reserved).
 */
import { labelFor } from '../../domain/labels';
import type { Library } from '../../domain/library';
import type { ExportButton, ExportImage, ExportSound } from '../../domain/obf/obf';
import type { Board, Card } from '../../domain/types';
import { symbolUrl } from '../../lib/symbols';
import { readPicture } from '../../storage/library-repo';

const COLUMNS = 6;

async function pictureOf(card: Card): Promise<ExportImage | undefined> {
  const { allRightsReserved, openMojiLicence } = await import('../../domain/obf/obf');
  try {
    if (card.image.kind === 'symbol') {
      const response = await fetch(symbolUrl(card.image.symbol));
      if (!response.ok) return undefined;
      const svg = await response.text();
      return { id: `symbol-${card.image.symbol}`, svg, licence: openMojiLicence() };
    }
    const stored = await readPicture(card.image.mediaId);
    if (!stored) return undefined;
    const { bytes, type } = stored;
    return { id: card.image.mediaId, bytes, contentType: type, licence: allRightsReserved() };
  } catch {
    return undefined;
  }
}

async function soundOf(card: Card): Promise<ExportSound | undefined> {
  if (!card.sound) return undefined;
  const stored = await readPicture(card.sound);
  return stored ? { id: card.sound, bytes: stored.bytes, contentType: stored.type } : undefined;
}

export async function boardFile(board: Board, library: Library, language: string) {
  const { exportBoards } = await import('../../domain/obf/obf');
  const cards = board.cardIds.flatMap((id) => library.cards.get(id) ?? []);
  const buttons = await Promise.all(
    cards.map(async (card, index): Promise<ExportButton> => {
      const [image, sound] = await Promise.all([pictureOf(card), soundOf(card)]);
      return {
        id: card.id,
        label: labelFor(card.labels, language),
        row: Math.floor(index / COLUMNS),
        column: index % COLUMNS,
        ...(board.colour ? { backgroundColor: board.colour } : {}),
        ...(image ? { image } : {}),
        ...(sound ? { sound } : {}),
      };
    }),
  );
  return exportBoards([
    {
      id: board.id,
      name: labelFor(board.labels, language),
      locale: language,
      rows: Math.max(1, Math.ceil(cards.length / COLUMNS)),
      columns: COLUMNS,
      buttons,
    },
  ]);
}

/** board-YYYY-MM-DD.obz: never a board's name, which may be a person's. */
export function boardFileName(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `board-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.obz`;
}
