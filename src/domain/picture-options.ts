import { labelFor } from './labels';
import type { Library } from './library';
import type { ImageSource, Person } from './types';

/** A picture staff can choose, with the word it is found by. */
export interface PictureOption {
  readonly key: string;
  readonly label: string;
  readonly image: ImageSource;
}

/**
 * The pictures a plan item or a story page can have: the person's own photos first (their picture, likes and what
 * calms them), then every card on the library's boards in board order, each once.
 */
export function pictureOptions(library: Library | undefined, person: Person): PictureOption[] {
  const own = [
    ...(person.picture?.kind === 'media'
      ? [{ key: 'person', label: person.displayName, image: person.picture }]
      : []),
    ...[...person.likes, ...person.calming].flatMap((card) =>
      card.image?.kind === 'media' ? [{ key: card.id, label: card.text, image: card.image }] : [],
    ),
  ];
  const seen = new Set<string>();
  const cards = (library?.boards ?? []).flatMap((board) =>
    board.cardIds.flatMap((id) => {
      const card = library?.cards.get(id);
      if (!card || seen.has(id)) return [];
      seen.add(id);
      return [{ key: id, label: labelFor(card.labels, person.language), image: card.image }];
    }),
  );
  return [...own, ...cards];
}
