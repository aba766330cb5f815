import { useCallback, useMemo } from 'react';
import type { NamedCard } from '../../domain/summary';
import type { ImageSource } from '../../domain/types';
import type { Library } from '../../storage/hooks';

/** What a picture in the story looks like: its word, image and board colour. */
export interface Look {
  readonly label: string;
  readonly image: ImageSource | null;
  readonly colour: string | undefined;
}

export type LookOf = (card: NamedCard) => Look;

/** Looks for named cards; a card gone from the library gets the placeholder word and no image. */
export function useLookOf(library: Library, missingLabel: string): LookOf {
  const colourOfBoard = useMemo(
    () => new Map(library.boards.map((b) => [b.id, b.colour])),
    [library.boards],
  );
  return useCallback(
    (named: NamedCard) => {
      const card = library.cards.get(named.cardId);
      if (!card || named.label === null)
        return { label: missingLabel, image: null, colour: undefined };
      return { label: named.label, image: card.image, colour: colourOfBoard.get(card.boardId) };
    },
    [library.cards, colourOfBoard, missingLabel],
  );
}
