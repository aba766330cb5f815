/**
 * The library a conversation's screens show: the tablet's library with the person's own pictures
 * ("Me", the people named in the preparation, their photos when chosen) — personal-cards.ts.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { withPersonalCards } from '../domain/personal-cards';
import { isWayOffered } from '../domain/together';
import type { Conversation, Person } from '../domain/types';
import { useLibrary, type Library } from '../storage/use-library';

export function useStoryLibrary(
  conversation: Conversation | null | undefined,
  person: Person | null | undefined,
): Library | undefined {
  const language = person?.language ?? 'en';
  const library = useLibrary(person?.language);
  const { t } = useTranslation();
  const me = t('story.me', { lng: language });
  const photos = t('story.photos', { lng: language });
  return useMemo(() => {
    if (!library || !conversation || person === null) return library;
    // Until the conversation's own person has loaded, the screen waits: no flash of a tray
    // without "Me".
    if (person === undefined || person.id !== conversation.personId) return undefined;
    return withPersonalCards(library, {
      person,
      preparation: conversation.preparation,
      usedCardIds: conversation.story.flatMap((f) => f.placements.map((p) => p.cardId)),
      isPhotosOffered: isWayOffered(conversation, 'photos'),
      language,
      words: { me, photos },
    });
  }, [library, person, conversation, language, me, photos]);
}
