/** The repair cards offered on "Making things right", in their board's order. Pure. */
import { labelFor } from '../../domain/labels';
import { boardCards, type Library } from '../../domain/library';
import { STARTER_BOARDS } from '../../domain/starter-content';
import type { PictureChoice } from '../../ui/picture-choices';

export function repairChoices(library: Library, language: string): PictureChoice[] {
  const colour = library.boards.find((b) => b.id === STARTER_BOARDS.repairs)?.colour;
  return boardCards(library, STARTER_BOARDS.repairs, 'repair').map((card) => ({
    id: card.id,
    label: labelFor(card.labels, language),
    image: card.image,
    colour,
    sound: card.sound,
  }));
}
