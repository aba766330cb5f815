/**
 * Writes to the library staff shape on this tablet (issue 14): their own cards. A card found in
 * the whole symbol set, with its word, goes on a board; the board shows it after its own cards,
 * and Together's picture tray offers it from then on (domain/library.ts).
 */
import { newRecordId } from './transaction-plans';
import { TEXT_LIMITS } from '../domain/text-limits';
import type { Card, ImageSource } from '../domain/types';
import type { LibraryRows } from '../domain/obf/to-library';
import { db, now } from './database';
import { readMedia, writeTransaction } from './protection';

export interface NewCard {
  readonly boardId: string;
  readonly kind: Card['kind'];
  /** The card's word in the language it was written in. */
  readonly language: string;
  readonly label: string;
  readonly image: ImageSource;
}

/** Stores a staff card on a board; returns its id. */
export async function addStaffCard(card: NewCard): Promise<string> {
  const id = newRecordId();
  const time = now();
  await db.cards.add({
    id,
    kind: card.kind,
    boardId: card.boardId,
    labels: { [card.language]: card.label.trim().slice(0, TEXT_LIMITS.label) },
    image: card.image,
    origin: 'staff',
    createdAt: time,
    updatedAt: time,
  });
  return id;
}

/**
 * Stores boards imported from an Open Board Format file — their boards, cards and pictures — in
 * one transaction: all of them or, when the disk refuses, none.
 */
export async function addImportedBoards(rows: LibraryRows): Promise<void> {
  await writeTransaction([db.boards, db.cards, db.media], async () => {
    await db.media.bulkAdd(rows.media);
    await db.cards.bulkAdd(rows.cards);
    await db.boards.bulkAdd(rows.boards);
  });
}

/** A stored picture's or recording's bytes and type, for a board file; null when it is gone. */
export async function readPicture(
  mediaId: string,
): Promise<{ bytes: Uint8Array; type: string } | null> {
  const media = await readMedia(mediaId);
  return media ? { bytes: media.bytes, type: media.type } : null;
}
