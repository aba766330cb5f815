/**
 * Writes to people. Each function is one user action and one transaction; bad input throws a
 * ProfileInputError before anything is written, so the stored profile never changes half-way.
 */
import { newRecordId } from './transaction-plans';
import { makePerson } from '../domain/records';
import {
  OWN_FEELINGS_MAX,
  type Communication,
  type GrammaticalGender,
  type ImageSource,
  type Person,
  type ProfileCard,
} from '../domain/types';
import { TEXT_LIMITS } from '../domain/text-limits';
import { db, now } from './database';
import { eraseRecords } from './erase';
import { noteInAudit } from './audit-repo';
import { writeTransaction } from './protection';

/**
 * Deletes a person and everything of theirs (person-erase.ts), loaded when staff delete someone
 * rather than with the first screen.
 */
export async function deletePersonEverywhere(personId: string): Promise<void> {
  const { deletePersonEverywhere: erase } = await import('./person-erase');
  await erase(personId);
}

export const MAX_NAME_LENGTH = TEXT_LIMITS.personName;
export const MAX_CARD_TEXT_LENGTH = TEXT_LIMITS.profileCardText;

export class ProfileInputError extends Error {
  constructor(readonly reason: 'name-required' | 'card-text-required') {
    super(`Profile input refused: ${reason}`);
    this.name = 'ProfileInputError';
  }
}

export class PersonNotFoundError extends Error {
  constructor(id: string) {
    super(`Person ${id} was not found`);
    this.name = 'PersonNotFoundError';
  }
}

function cleanName(displayName: string): string {
  const name = displayName.trim().slice(0, MAX_NAME_LENGTH);
  if (name === '') throw new ProfileInputError('name-required');
  return name;
}

function cleanCards(cards: readonly ProfileCard[]): ProfileCard[] {
  return cards.map((card) => {
    const text = card.text.trim().slice(0, MAX_CARD_TEXT_LENGTH);
    if (text === '') throw new ProfileInputError('card-text-required');
    return { id: card.id, text, image: card.image };
  });
}

/** Adds a person with just a name; the rest of the profile comes later. Returns the new id. */
export async function addPerson(displayName: string, language = 'en'): Promise<string> {
  const person = makePerson(newRecordId(), cleanName(displayName), language, now());
  await writeTransaction([db.people, db.audit, db.settings], async () => {
    await db.people.add(person);
    await noteInAudit(personNote('created', person.id));
  });
  return person.id;
}

function personNote(action: 'created' | 'changed', id: string) {
  return { action, subject: 'person', recordId: id, personId: id } as const;
}

/** Changes a person's record in one transaction; the change sees the record as stored. */
async function changePerson(id: string, change: (person: Person) => Person): Promise<void> {
  await writeTransaction([db.people, db.audit, db.settings], async () => {
    const person = await db.people.get(id);
    if (!person) throw new PersonNotFoundError(id);
    await db.people.put({ ...change(person), updatedAt: now() });
    await noteInAudit(personNote('changed', id));
  });
}

export interface ProfileChanges {
  readonly displayName: string;
  readonly language: string;
  /** Undefined: the words use both forms or neutral wording. */
  readonly grammaticalGender?: GrammaticalGender | undefined;
  readonly communication: Communication;
  readonly likes: readonly ProfileCard[];
  readonly calming: readonly ProfileCard[];
  /** Their own feeling cards, in the order shown first (at most OWN_FEELINGS_MAX). */
  readonly feelings: readonly string[];
}

/**
 * Saves the words of a profile: name, language, how they communicate, likes, what calms, their
 * own feelings.
 */
export async function updateProfile(id: string, changes: ProfileChanges): Promise<void> {
  const displayName = cleanName(changes.displayName);
  const likes = cleanCards(changes.likes);
  const calming = cleanCards(changes.calming);
  const feelings = [...new Set(changes.feelings)].slice(0, OWN_FEELINGS_MAX);
  const { language, communication, grammaticalGender } = changes;
  await changePerson(id, (p) => ({
    ...p,
    grammaticalGender,
    displayName,
    language,
    communication,
    likes,
    calming,
    feelings,
  }));
}

/**
 * Sets the person's picture to a symbol, or to nothing. A photo it replaces is deleted with a
 * tombstone, in the same transaction, so no orphaned photo stays behind.
 */
export async function setPersonPicture(id: string, picture: ImageSource | null): Promise<void> {
  await replacePicture(id, () => Promise.resolve(picture));
}

/** Stores a (resized) photo as the person's picture, owned by them, in one transaction. */
export async function setPersonPhoto(id: string, photo: { bytes: Uint8Array; type: string }) {
  const time = now();
  const mediaId = newRecordId();
  await replacePicture(id, async () => {
    await db.media.add({ id: mediaId, ownerId: id, ...photo, createdAt: time, updatedAt: time });
    return { kind: 'media', mediaId };
  });
  return mediaId;
}

async function replacePicture(id: string, makePicture: () => Promise<ImageSource | null>) {
  await writeTransaction([db.people, db.media, db.tombstones, db.audit, db.settings], async () => {
    const person = await db.people.get(id);
    if (!person) throw new PersonNotFoundError(id);
    const picture = await makePicture();
    if (person.picture?.kind === 'media') await eraseRecords('media', [person.picture.mediaId]);
    await db.people.put({ ...person, picture, updatedAt: now() });
    await noteInAudit(personNote('changed', id));
  });
}

/** Keeps the person but takes them out of the People list. */
export function archivePerson(id: string): Promise<void> {
  return changePerson(id, (p) => ({ ...p, archivedAt: now() }));
}

export function unarchivePerson(id: string): Promise<void> {
  return changePerson(id, (p) => ({ ...p, archivedAt: null }));
}
