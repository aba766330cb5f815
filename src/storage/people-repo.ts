import type { Person } from '../domain/types';
import { db, newId, now } from './database';

export const MAX_NAME_LENGTH = 80;

/** Adds a person with just a name; the rest of the profile comes later. Returns the new id. */
export async function addPerson(displayName: string, language = 'en'): Promise<string> {
  const name = displayName.trim().slice(0, MAX_NAME_LENGTH);
  if (name === '') throw new Error('A person needs a name');
  const time = now();
  const person: Person = {
    id: newId(),
    displayName: name,
    language,
    createdAt: time,
    updatedAt: time,
  };
  await db.people.add(person);
  return person.id;
}
