/** Live reads for components. Each hook returns undefined while loading and re-renders on change. */
import { useLiveQuery } from './live-query';
import type { Conversation, Person } from '../domain/types';
import { db } from './database';

/** Marks a lookup that finished and found nothing, as opposed to `undefined` (still loading). */
export const NOT_FOUND = null;

export function usePeople(): Person[] | undefined {
  return useLiveQuery(async () => {
    const people = await db.people.toArray();
    return people.sort((a, b) => a.displayName.localeCompare(b.displayName));
  });
}

export function usePerson(id: string | undefined): Person | null | undefined {
  return useLiveQuery(
    async () => (id ? ((await db.people.get(id)) ?? NOT_FOUND) : NOT_FOUND),
    [id],
  );
}

export function useConversation(id: string | undefined): Conversation | null | undefined {
  return useLiveQuery(
    async () => (id ? ((await db.conversations.get(id)) ?? NOT_FOUND) : NOT_FOUND),
    [id],
  );
}

export function useConversationsOf(personId: string | undefined): Conversation[] | undefined {
  return useLiveQuery(async () => {
    if (!personId) return [];
    const list = await db.conversations.where('personId').equals(personId).toArray();
    return list.sort((a, b) => b.updatedAt - a.updatedAt);
  }, [personId]);
}
