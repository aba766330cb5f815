/**
 * What the individual can choose on "What could help you next time?": the strategy cards in
 * their board's order, then the person's own calming cards. Pure, so the order is easy to read.
 */
import { canDoLabelFor, labelFor } from '../../domain/labels';
import { boardCards } from '../../domain/library';
import { STARTER_BOARDS } from '../../domain/starter-content';
import type { ImageSource, ProfileCard } from '../../domain/types';
import type { Library } from '../../storage/use-library';
import { listOfWords } from '../../i18n/list-words';

export interface HelpChoice {
  /** A strategy card id or a calming card id: what `conversation.strategies` stores. */
  readonly id: string;
  readonly label: string;
  readonly image: ImageSource | null;
  readonly colour: string | undefined;
  /** A recording of the card's word (media id), played instead of the voice. */
  readonly sound?: string | undefined;
  /** A strategy's words as they end "When I feel angry, I can …", when it has them. */
  readonly canDo?: string | null;
}

/** The strategy cards in their board's order; any strategy card when that board is gone. */
export function strategyChoices(library: Library, language: string): readonly HelpChoice[] {
  const board = library.boards.find((b) => b.id === STARTER_BOARDS.strategies);
  const cards = board
    ? board.cardIds.flatMap((id) => library.cards.get(id) ?? [])
    : [...library.cards.values()].filter((c) => c.kind === 'strategy');
  return cards.map((card) => ({
    id: card.id,
    label: labelFor(card.labels, language),
    image: card.image,
    colour: board?.colour,
    sound: card.sound,
    canDo: canDoLabelFor(card, language),
  }));
}

export function calmingChoices(calming: readonly ProfileCard[]): readonly HelpChoice[] {
  return calming.map((c) => ({ id: c.id, label: c.text, image: c.image, colour: undefined }));
}

/** "ask for a break, music": the chosen words in the order they were chosen. */
export function chosenList(
  chosenIds: readonly string[],
  choices: readonly HelpChoice[],
  language: string,
): string {
  const labels = chosenIds.flatMap((id) => choices.find((c) => c.id === id)?.label ?? []);
  return listOfWords(labels, language, { type: 'unit', style: 'short' });
}

/** The cards of "What did I need?" in their board's order. */
export function needChoices(library: Library, language: string): readonly HelpChoice[] {
  const colour = library.boards.find((b) => b.id === STARTER_BOARDS.needs)?.colour;
  return boardCards(library, STARTER_BOARDS.needs, 'need').map((card) => ({
    id: card.id,
    label: labelFor(card.labels, language),
    image: card.image,
    colour,
    sound: card.sound,
  }));
}

/** A feeling card the individual had, as a choice; one gone from the library is left out. */
export function feelingChoices(
  library: Library,
  feelingIds: readonly string[],
  language: string,
): readonly HelpChoice[] {
  const colour = library.boards.find((b) => b.id === STARTER_BOARDS.feelings)?.colour;
  return feelingIds.flatMap((id) => {
    const card = library.cards.get(id);
    return card
      ? [
          {
            id,
            label: labelFor(card.labels, language),
            image: card.image,
            colour,
            sound: card.sound,
          },
        ]
      : [];
  });
}
