/**
 * On the person's page, the pictures "Carry on" will show are read ahead (domain/first-pictures)
 * with the steps' own pictures, so the storyboard opens with them drawn: about 0.45 s → 0.22 s
 * at a service's scale (BENCHMARKS.md). Only built-in symbols: a photo would need its bytes read
 * from storage.
 */
import { useEffect, useMemo } from 'react';
import { storyboardFirstPictures } from '../domain/first-pictures';
import type { Conversation, Person } from '../domain/types';
import { STEP_SYMBOLS } from '../features/together/step-pictures';
import { readAheadImages } from '../lib/read-ahead-images';
import { imageUrl, symbolUrl } from '../lib/symbols';
import { useConversationsOf } from '../storage/hooks';
import { useStoryLibrary } from './use-story-library';

function StoryPictures({ conversation, person }: { conversation: Conversation; person: Person }) {
  const library = useStoryLibrary(conversation, person);
  const urls = useMemo(
    () =>
      library
        ? [
            ...storyboardFirstPictures(conversation, library).flatMap(
              (image) => imageUrl(image) ?? [],
            ),
            ...new Set(Object.values(STEP_SYMBOLS).map(symbolUrl)),
          ]
        : [],
    [conversation, library],
  );
  // Read again only when the pictures change, not on every change to the conversation.
  const key = urls.join(' ');
  useEffect(() => {
    if (key) readAheadImages(key.split(' '));
  }, [key]);
  return null;
}

/** The conversation "Carry on" continues (the latest in progress), with its pictures read ahead. */
export function ReadAheadStoryPictures({ person }: { person: Person }) {
  const conversation = useConversationsOf(person.id)?.find((c) => c.status === 'in-progress');
  return conversation ? <StoryPictures conversation={conversation} person={person} /> : null;
}
