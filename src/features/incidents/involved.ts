/** How someone involved in an incident is shown: a name, and a picture for a peer. */
import type { Involved, Person } from '../../domain/types';

/** A library picture a peer can have (from the People board), in the staff's language. */
export interface PeerPicture {
  readonly cardId: string;
  readonly label: string;
  readonly symbol: string;
}

/** The name of someone involved; a person with a profile by their profile's name. */
export function nameOfInvolved(
  involved: Involved,
  people: readonly Person[],
  fallback: string,
): string {
  if (involved.kind !== 'person') return involved.name || fallback;
  return people.find((p) => p.id === involved.personId)?.displayName ?? fallback;
}
