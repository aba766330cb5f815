/**
 * Live reads of incidents and their conversations, kept apart from hooks.ts so that only the
 * screens that show incidents load them (the first screen stays small).
 */
import { useLiveQuery } from './live-query';
import type { Conversation, Incident } from '../domain/types';
import { db } from './database';
import { NOT_FOUND } from './hooks';

export function useIncident(id: string | undefined): Incident | null | undefined {
  return useLiveQuery(
    async () => (id ? ((await db.incidents.get(id)) ?? NOT_FOUND) : NOT_FOUND),
    [id],
  );
}

/** A person's incidents, the latest first. */
export function useIncidentsOf(personId: string | undefined): Incident[] | undefined {
  return useLiveQuery(async () => {
    if (!personId) return [];
    const list = await db.incidents.where('personId').equals(personId).toArray();
    return list.sort((a, b) => b.createdAt - a.createdAt);
  }, [personId]);
}

/** The conversations that belong to an incident, the oldest first. */
export function useConversationsOfIncident(
  incidentId: string | undefined,
): Conversation[] | undefined {
  return useLiveQuery(async () => {
    if (!incidentId) return [];
    const list = await db.conversations.where('incidentId').equals(incidentId).toArray();
    return list.sort((a, b) => a.createdAt - b.createdAt);
  }, [incidentId]);
}
