import { labelFor } from '../../domain/labels';
import type { Card } from '../../domain/types';
import { imageUrl } from '../../lib/symbols';

/** What a card looks like on screen, in the person's language. A missing card gets a placeholder. */
export interface CardView {
  readonly label: string;
  readonly src: string | undefined;
  readonly colour: string | undefined;
}

export function viewCard(
  card: Card | undefined,
  language: string,
  missingLabel: string,
  colour?: string,
): CardView {
  if (!card) return { label: missingLabel, src: undefined, colour: undefined };
  return { label: labelFor(card.labels, language), src: imageUrl(card.image), colour };
}
