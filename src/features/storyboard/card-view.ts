import { labelFor } from '../../domain/labels';
import type { Card, ImageSource } from '../../domain/types';
import { imageUrl } from '../../lib/symbols';

/** What a card looks like on screen, in the person's language. A missing card gets a placeholder. */
export interface CardView {
  readonly label: string;
  readonly src: string | undefined;
  /** The picture itself: a photo (the person, their own photos) has no file address. */
  readonly image: ImageSource | null;
  readonly colour: string | undefined;
}

export function viewCard(
  card: Card | undefined,
  language: string,
  missingLabel: string,
  colour?: string,
): CardView {
  if (!card) return { label: missingLabel, src: undefined, image: null, colour: undefined };
  return {
    label: labelFor(card.labels, language),
    src: imageUrl(card.image),
    image: card.image,
    colour,
  };
}
