/** The words for a stored positive activity: one of the person's likes, or a library card. */
import { labelFor } from '../../domain/labels';
import type { Person } from '../../domain/types';
import type { Library } from '../../storage/use-library';

export function activityLabel(
  activityId: string,
  person: Person,
  library: Library | undefined,
  language: string,
): string | undefined {
  const like = person.likes.find((l) => l.id === activityId);
  if (like) return like.text;
  const card = library?.cards.get(activityId);
  return card ? labelFor(card.labels, language) : undefined;
}
