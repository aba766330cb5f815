/**
 * Own photos and drawings as library cards (issue 14, point 3). A photo of the person goes on
 * their own Photos board, with its bytes owned by them, so erasing the person erases the photo
 * (person-erase.ts); a photo of staff or a place goes on the shared Photos board, owned by no one.
 * The Photos boards are made on first use (domain/photo-boards.ts names them).
 */
import { newRecordId } from './transaction-plans';
import { photosBoardIdFor } from '../domain/photo-boards';
import { TEXT_LIMITS } from '../domain/text-limits';
import type { Board, LocalizedText } from '../domain/types';
import { db, now } from './database';
import { writeTransaction } from './protection';

/** Photos are mostly of people: the board takes the People colour of the Fitzgerald key. */
const PHOTOS_COLOUR = '#FFF3B0';
/** After the catalogue's boards (their order is their place in the catalogue, under 100). */
const FIRST_STAFF_ORDER = 100;

export interface NewPhotoCard {
  /** Whose photo: a person's own (shown only for them), or null for everyone's. */
  readonly personId: string | null;
  /** The card's words per language; at least one must not be empty. */
  readonly labels: LocalizedText;
  /** The picture, already made small (lib/image-resize.ts) or a drawing's SVG. */
  readonly bytes: Uint8Array;
  readonly type: string;
  /** The Photos board's name per language, used only when the board is made now. */
  readonly boardLabels: LocalizedText;
}

function cleanWords(words: LocalizedText): Record<string, string> {
  const clean: Record<string, string> = {};
  for (const [language, word] of Object.entries(words)) {
    const trimmed = word.trim().slice(0, TEXT_LIMITS.label);
    if (trimmed !== '') clean[language] = trimmed;
  }
  return clean;
}

async function ensurePhotosBoard(photo: NewPhotoCard, time: number): Promise<string> {
  const id = photosBoardIdFor(photo.personId);
  if (await db.boards.get(id)) return id;
  const last = await db.boards.orderBy('order').last();
  const board: Board = {
    id,
    labels: cleanWords(photo.boardLabels),
    colour: PHOTOS_COLOUR,
    order: Math.max(FIRST_STAFF_ORDER, (last?.order ?? 0) + 1),
    cardIds: [],
    ...(photo.personId === null ? {} : { personId: photo.personId }),
    origin: 'staff',
    createdAt: time,
    updatedAt: time,
  };
  await db.boards.add(board);
  return id;
}

/**
 * Stores a photo card in one transaction — its picture, the Photos board when it is the first,
 * and the card at the end of that board — and returns the card's id. Nothing is stored when
 * the card has no word.
 */
export async function addPhotoCard(photo: NewPhotoCard): Promise<string> {
  const labels = cleanWords(photo.labels);
  if (Object.keys(labels).length === 0) throw new Error('A photo card needs a word');
  const [cardId, mediaId, time] = [newRecordId(), newRecordId(), now()];
  await writeTransaction([db.boards, db.cards, db.media], async () => {
    const boardId = await ensurePhotosBoard(photo, time);
    await db.media.add({
      id: mediaId,
      ownerId: photo.personId,
      type: photo.type,
      bytes: photo.bytes,
      createdAt: time,
      updatedAt: time,
    });
    await db.cards.add({
      id: cardId,
      kind: 'symbol',
      boardId,
      labels,
      image: { kind: 'media', mediaId },
      origin: 'staff',
      createdAt: time,
      updatedAt: time,
    });
  });
  return cardId;
}
