/** The words for a stored positive activity: one of the person's likes, or a library card. */
import { labelFor } from '../../domain/labels';
import type { Person } from '../../domain/types';
import type { Library } from '../../storage/hooks';

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

/** A stored local date (yyyy-mm-dd) in words, e.g. "Thursday, 26 November"; '' if not a day. */
export function dayInWords(localDate: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(localDate);
  if (!match) return '';
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return date.toLocaleDateString(language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}
