import { useCallback } from 'react';
import { genderedLabel } from '../../domain/labels';
import { useContentLanguage, useContentTranslation } from '../../i18n/content-language';
import { STARTER_BOARDS } from '../../domain/starter-content';
import type { ImageSource } from '../../domain/types';
import { useCardLooks, type Library } from '../../storage/use-library';

/** How a card looks on this step, in the person's language; a missing card gets a placeholder. */
export interface CardLook {
  readonly cardId: string;
  readonly label: string;
  readonly image: ImageSource | null;
  readonly colour: string | undefined;
}

export type LookOf = (cardId: string) => CardLook;

/**
 * Every feeling on this step is the person's own, so its words are in their grammatical gender
 * where the card has such a form (Spanish "enfadada" for a woman).
 */
export function useLookOf(library: Library, language: string): LookOf {
  const { t } = useContentTranslation('feelings');
  const { gender } = useContentLanguage();
  const lookOf = useCardLooks(library, language, t('steps.missingPicture'));
  return useCallback(
    (cardId: string) => {
      const look = { cardId, ...lookOf(cardId) };
      const card = library.cards.get(cardId);
      return card && gender ? { ...look, label: genderedLabel(card, language, gender) } : look;
    },
    [lookOf, library, language, gender],
  );
}

/** The feeling cards in their board's order; any feeling card when that board is gone. */
export function feelingCardIds(library: Library): readonly string[] {
  const board = library.boards.find((b) => b.id === STARTER_BOARDS.feelings);
  if (board) return board.cardIds.filter((id) => library.cards.has(id));
  return [...library.cards.values()].filter((c) => c.kind === 'feeling').map((c) => c.id);
}
