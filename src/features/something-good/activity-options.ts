/**
 * What "Something good together" offers: the person's own likes first, then the activities
 * board's good things to do together (domain/something-good.ts).
 */
import { labelFor } from '../../domain/labels';
import { SOMETHING_GOOD_IDS } from '../../domain/something-good';
import { STARTER_BOARDS } from '../../domain/starter-content';
import type { ImageSource, Person } from '../../domain/types';
import type { Library } from '../../storage/use-library';

export interface ActivityOption {
  /** A like's id or a card id: what is stored as `positive.activityId`. */
  readonly id: string;
  readonly label: string;
  readonly image: ImageSource | null;
  readonly colour?: string;
}

export interface ActivityOptions {
  readonly likes: readonly ActivityOption[];
  readonly ideas: readonly ActivityOption[];
}

export function activityOptions(
  person: Person | null,
  library: Library,
  language: string,
): ActivityOptions {
  const likes = (person?.likes ?? [])
    .filter((like) => like.text.trim() !== '')
    .map(({ id, text, image }) => ({ id, label: text, image }));
  const board = library.boards.find((b) => b.id === STARTER_BOARDS.activities);
  const ideas = (board?.cardIds ?? []).flatMap((cardId) => {
    const card = library.cards.get(cardId);
    const isGood = card?.origin === 'staff' || SOMETHING_GOOD_IDS.has(cardId);
    return card && isGood
      ? [
          {
            id: card.id,
            label: labelFor(card.labels, language),
            image: card.image,
            colour: board?.colour,
          },
        ]
      : [];
  });
  return { likes, ideas };
}

/** The chosen activity among the options, if it is still there. */
export function findActivity(
  options: ActivityOptions,
  activityId: string,
): ActivityOption | undefined {
  return [...options.likes, ...options.ideas].find((option) => option.id === activityId);
}
