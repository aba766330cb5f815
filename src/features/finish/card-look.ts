import { useCallback } from 'react';
import type { NamedCard } from '../../domain/summary';
import type { ImageSource } from '../../domain/types';
import { useCardLooks, type Library } from '../../storage/use-library';

/** What a picture in the story looks like: its word, image and board colour. */
export interface Look {
  readonly label: string;
  readonly image: ImageSource | null;
  readonly colour: string | undefined;
}

export type LookOf = (card: NamedCard) => Look;

/** Looks for named cards; a card gone from the library gets the placeholder word and no image. */
export function useLookOf(library: Library, language: string, missingLabel: string): LookOf {
  const lookOf = useCardLooks(library, language, missingLabel);
  return useCallback(
    (named: NamedCard) => {
      const look = lookOf(named.cardId);
      // The summary already chose the word; a card it could not name shows as missing.
      return named.label === null || look.image === null
        ? { label: missingLabel, image: null, colour: undefined }
        : { ...look, label: named.label };
    },
    [lookOf, missingLabel],
  );
}
