import { makePerson } from '../domain/records';
import { db, newId, now } from './database';

export const MAX_NAME_LENGTH = 80;

/** Adds a person with just a name; the rest of the profile comes later. Returns the new id. */
export async function addPerson(displayName: string, language = 'en'): Promise<string> {
  const name = displayName.trim().slice(0, MAX_NAME_LENGTH);
  if (name === '') throw new Error('A person needs a name');
  const person = makePerson(newId(), name, language, now());
  await db.people.add(person);
  return person.id;
}
