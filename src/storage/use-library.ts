/**
 * Live reads of the picture library for components: the built-in catalogue (loaded when a screen
 * first asks for it) with the staff's cards, boards and overrides laid over it. Apart from the
 * other hooks (hooks.ts), so the first screen, which shows no library, does not load the
 * catalogue's code and its checks.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { FALLBACK_LANGUAGE, labelFor } from '../domain/labels';
import { composeLibrary, type Library } from '../domain/library';
import type { Catalogue, CatalogueLabels } from '../domain/starter-content';
import type { ImageSource } from '../domain/types';
import { loadCatalogue, loadCatalogueLabels } from './catalogue';
import { db } from './database';
import { useLiveQuery } from './live-query';

export type { Library } from '../domain/library';

interface CatalogueContent {
  readonly catalogue: Catalogue;
  readonly labels: ReadonlyMap<string, CatalogueLabels>;
}

/** The languages whose words a screen needs: its own, its base ("pt" for "pt-BR"), English. */
function languagesFor(language: string): string[] {
  return [...new Set([language, language.split('-')[0] ?? language, FALLBACK_LANGUAGE])];
}

function useCatalogue(language: string): CatalogueContent | undefined {
  const [content, setContent] = useState<CatalogueContent & { readonly language: string }>();
  useEffect(() => {
    let isCurrent = true;
    const languages = languagesFor(language);
    void Promise.all([loadCatalogue(), ...languages.map(loadCatalogueLabels)]).then(
      ([catalogue, ...words]) => {
        if (!isCurrent) return;
        const labels = new Map<string, CatalogueLabels>();
        languages.forEach((code, index) => {
          const found = words[index];
          if (found) labels.set(code, found);
        });
        setContent({ catalogue, labels, language });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [language]);
  return content?.language === language ? content : undefined;
}

/**
 * The library in one language (the person's for their screens, the staff's for theirs): the
 * built-in catalogue with the staff's cards, boards and overrides from this tablet laid over it.
 */
export function useLibrary(language: string = FALLBACK_LANGUAGE): Library | undefined {
  const content = useCatalogue(language);
  const rows = useLiveQuery(async () => {
    const [cards, boards, overrides] = await Promise.all([
      db.cards.toArray(),
      db.boards.toArray(),
      db.overrides.toArray(),
    ]);
    return { cards, boards, overrides };
  });
  return useMemo(
    () => (content && rows ? composeLibrary(content.catalogue, content.labels, rows) : undefined),
    [content, rows],
  );
}

/** How a card shows on screen: its word in a language, its picture and its board's colour. */
export interface CardLook {
  readonly label: string;
  readonly image: ImageSource | null;
  readonly colour: string | undefined;
}

/**
 * Looks up cards of the library for one language. A card gone from the library (deleted in
 * another tab, say) gets `missingLabel` and no picture, so a story still opens.
 */
export function useCardLooks(
  library: Library,
  language: string,
  missingLabel: string,
): (cardId: string) => CardLook {
  const colourOfBoard = useMemo(
    () => new Map(library.boards.map((b) => [b.id, b.colour])),
    [library.boards],
  );
  return useCallback(
    (cardId: string) => {
      const card = library.cards.get(cardId);
      if (!card) return { label: missingLabel, image: null, colour: undefined };
      return {
        label: labelFor(card.labels, language),
        image: card.image,
        colour: colourOfBoard.get(card.boardId),
      };
    },
    [library.cards, language, missingLabel, colourOfBoard],
  );
}
