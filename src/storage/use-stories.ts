/** Live reads of social stories, apart from hooks.ts so only the screens that show them load it. */
import { useLiveQuery } from './live-query';
import type { Story } from '../domain/types';
import { db } from './database';
import { NOT_FOUND } from './hooks';

/** A person's stories, the one changed last first; undefined while they are read. */
export function useStoriesOf(personId: string | undefined): Story[] | undefined {
  return useLiveQuery(
    async () =>
      personId
        ? (await db.stories.where('personId').equals(personId).sortBy('updatedAt')).reverse()
        : [],
    [personId],
  );
}

/** One story; null when there is no such story, undefined while it is read. */
export function useStory(id: string | undefined): Story | null | undefined {
  return useLiveQuery(
    async () => (id ? ((await db.stories.get(id)) ?? NOT_FOUND) : NOT_FOUND),
    [id],
  );
}

/** The stories made from one conversation, oldest first. */
export function useStoriesFrom(conversationId: string | undefined): Story[] | undefined {
  return useLiveQuery(
    async () =>
      conversationId
        ? db.stories.where('conversationId').equals(conversationId).sortBy('createdAt')
        : [],
    [conversationId],
  );
}
