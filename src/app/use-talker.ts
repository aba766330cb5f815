/**
 * Whose Together this is: the individual's own conversation is theirs; a talk with someone
 * affected is held with them — their profile when they have one (its language, what calms them),
 * or nobody's profile for a peer without one. The incident is read only to find who that is;
 * nothing of it is shown.
 */
import type { Conversation, Person } from '../domain/types';
import { usePerson } from '../storage/hooks';
import { useIncident } from '../storage/use-incidents';

export interface Talker {
  /** The profile of whom the conversation is held with; null: none; undefined: loading. */
  readonly person: Person | null | undefined;
  readonly isOwn: boolean;
}

export function useTalker(conversation: Conversation | null | undefined): Talker {
  const isOwn = !conversation || conversation.kind !== 'affected';
  const incident = useIncident(isOwn ? undefined : (conversation.incidentId ?? undefined));
  const withWho = incident?.involved.find((i) => i.id === conversation?.withWho);
  const owner = usePerson(isOwn ? conversation?.personId : undefined);
  const other = usePerson(withWho?.kind === 'person' ? withWho.personId : undefined);
  if (isOwn) return { person: owner, isOwn };
  return { person: incident === undefined ? undefined : other, isOwn };
}
