/** Live reads for components. Each hook returns undefined while loading and re-renders on change. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo } from 'react';
import { labelFor } from '../domain/labels';
import type { Board, Card, Conversation, ImageSource, Person } from '../domain/types';
import { db } from './database';

/** Marks a lookup that finished and found nothing, as opposed to `undefined` (still loading). */
export const NOT_FOUND = null;

export function usePeople(): Person[] | undefined {
  return useLiveQuery(async () => {
    const people = await db.people.toArray();
    return people.sort((a, b) => a.displayName.localeCompare(b.displayName));
  });
}

export function usePerson(id: string | undefined): Person | null | undefined {
  return useLiveQuery(
    async () => (id ? ((await db.people.get(id)) ?? NOT_FOUND) : NOT_FOUND),
    [id],
  );
}

export function useConversation(id: string | undefined): Conversation | null | undefined {
  return useLiveQuery(
    async () => (id ? ((await db.conversations.get(id)) ?? NOT_FOUND) : NOT_FOUND),
    [id],
  );
}

export function useConversationsOf(personId: string | undefined): Conversation[] | undefined {
  return useLiveQuery(async () => {
    if (!personId) return [];
    const list = await db.conversations.where('personId').equals(personId).toArray();
    return list.sort((a, b) => b.updatedAt - a.updatedAt);
  }, [personId]);
}

export interface Library {
  readonly boards: readonly Board[];
  readonly cards: ReadonlyMap<string, Card>;
}

export function useLibrary(): Library | undefined {
  return useLiveQuery(async () => {
    const [boards, cards] = await Promise.all([
      db.boards.orderBy('order').toArray(),
      db.cards.toArray(),
    ]);
    return { boards, cards: new Map(cards.map((c) => [c.id, c])) };
  });
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
