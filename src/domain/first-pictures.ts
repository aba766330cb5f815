/**
 * The pictures a storyboard shows the moment it opens: the story's own (each placed picture and
 * a card in its bubbles), then the first pages of the tray's first board (the page measured on
 * screen may hold more than the first render's). The person's page reads them ahead
 * (app/read-ahead-pictures.tsx), so "Carry on" opens the story with them drawn.
 */
import type { Library } from './library';
import { NOT_IN_STORY_TRAY } from './starter-content';
import type { Conversation, ImageSource } from './types';

/**
 * Pictures per tray page. The tray pages instead of scrolling: a scrolling area fights dragging
 * on touch screens, and a fixed page keeps every picture in the same place (motor planning).
 */
export const TRAY_PAGE_SIZE = 12;

export function storyboardFirstPictures(
  conversation: Pick<Conversation, 'story'>,
  library: Library,
): ImageSource[] {
  const storyCardIds = conversation.story.flatMap((frame) =>
    frame.placements.flatMap((placement) => [
      placement.cardId,
      ...placement.bubbles.flatMap((bubble) => (bubble.cardId ? [bubble.cardId] : [])),
    ]),
  );
  const firstBoard = library.boards.find((board) => !NOT_IN_STORY_TRAY.includes(board.id));
  const trayCardIds = (firstBoard?.cardIds ?? [])
    .filter((id) => library.cards.has(id))
    .slice(0, 2 * TRAY_PAGE_SIZE);
  const pictures = new Map<string, ImageSource>();
  for (const id of [...storyCardIds, ...trayCardIds]) {
    const image = library.cards.get(id)?.image;
    // A card gone from the library (deleted elsewhere) shows its "missing" look: no picture.
    if (!image) continue;
    pictures.set(image.kind === 'symbol' ? `s:${image.symbol}` : `m:${image.mediaId}`, image);
  }
  return [...pictures.values()];
}
