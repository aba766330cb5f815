/** How each affected person looks on this step: a picture and a word, in the person's language. */
import { useCallback } from 'react';
import { useContentTranslation } from '../../i18n/content-language';
import { meCardId, namedCardId } from '../../domain/personal-cards';
import type { AffectedWho, ImageSource, Person } from '../../domain/types';
import { useCardLooks, type Library } from '../../storage/use-library';

export interface Look {
  readonly label: string;
  readonly image: ImageSource | null;
  readonly colour: string | undefined;
}

/** Starter symbols (so always bundled) for people without a picture of their own. */
const SELF_SYMBOL: ImageSource = { kind: 'symbol', symbol: '1F9D1' };
const NAMED_SYMBOL: ImageSource = { kind: 'symbol', symbol: '1F464' };

export type WhoLookOf = (who: AffectedWho) => Look;
export type CardLookOf = (cardId: string) => Look;

/** A card's word, picture and board colour; a card no longer in the library gets a placeholder. */
export function useCardLook(library: Library, language: string): CardLookOf {
  const { t } = useContentTranslation('affected');
  return useCardLooks(library, language, t('who.missingPicture'));
}

export function useWhoLook(library: Library, language: string, person: Person | null): WhoLookOf {
  const { t } = useContentTranslation('affected');
  const cardLook = useCardLook(library, language);
  const selfPicture = person?.picture ?? SELF_SYMBOL;
  const personId = person?.id ?? null;
  // "Me" and the people named in the preparation look as they do in the story's tray.
  return useCallback(
    (who: AffectedWho): Look => {
      switch (who.kind) {
        case 'self':
          return personId !== null && library.cards.has(meCardId(personId))
            ? cardLook(meCardId(personId))
            : { label: t('who.me'), image: selfPicture, colour: undefined };
        case 'card':
          return cardLook(who.cardId);
        case 'named':
          return library.cards.has(namedCardId(who.name))
            ? cardLook(namedCardId(who.name))
            : { label: who.name, image: NAMED_SYMBOL, colour: undefined };
      }
    },
    [t, selfPicture, cardLook, library, personId],
  );
}
