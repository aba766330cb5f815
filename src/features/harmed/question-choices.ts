/**
 * The pictures each question for those harmed offers, from the library's built-in boards: their
 * feelings and what people say for what they thought and how it affected them, and activities
 * and what people say for what they would like to happen. Pure, so the order is easy to read.
 */
import { labelFor } from '../../domain/labels';
import { starterBoardId } from '../../domain/starter-content';
import type { HarmedQuestion, ImageSource } from '../../domain/types';
import type { Library } from '../../storage/use-library';

export interface QuestionChoice {
  readonly id: string;
  readonly label: string;
  readonly image: ImageSource;
  readonly colour: string | undefined;
}

const BOARDS_OF: Readonly<Record<HarmedQuestion, readonly string[]>> = {
  thought: ['feelings', 'phrases'],
  impact: ['feelings', 'needs'],
  hardest: ['feelings', 'people', 'places'],
  'make-right': ['repairs', 'phrases', 'activities'],
};

export function questionChoices(
  library: Library,
  question: HarmedQuestion,
  language: string,
): QuestionChoice[] {
  return BOARDS_OF[question].flatMap((category) => {
    const board = library.boards.find((b) => b.id === starterBoardId(category));
    if (!board) return [];
    return board.cardIds.flatMap((id) => {
      const card = library.cards.get(id);
      if (!card) return [];
      return [
        {
          id,
          label: labelFor(card.labels, language),
          image: card.image,
          colour: board.colour,
        },
      ];
    });
  });
}
