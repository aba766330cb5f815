/**
 * How staff shape the library on this tablet (issue 14): words, hiding, order, boards of their
 * own. A built-in card or board is never written: its changes go in its override row, keyed by
 * its id (domain/library.ts lays them over the catalogue). A staff card or board is written in
 * place. Each write is one transaction.
 */
import { newRecordId } from './transaction-plans';
import type { Override } from '../domain/library';
import { TEXT_LIMITS } from '../domain/text-limits';
import type { Board, Card, ImageSource, LocalizedText } from '../domain/types';
import { db, now } from './database';
import { eraseRecords } from './erase';
import { writeTransaction } from './protection';

type Target = Override['target'];
type OverrideChange = Partial<Omit<Override, 'id' | 'target' | 'createdAt' | 'updatedAt'>>;

/** Merges a change into a built-in card's or board's override (call inside a transaction). */
async function changeOverride(id: string, target: Target, change: OverrideChange): Promise<void> {
  const time = now();
  const current = await db.overrides.get(id);
  await db.overrides.put({
    ...(current ?? { id, target, createdAt: time }),
    ...change,
    updatedAt: time,
  });
}

/** Words trimmed to a label's length; a language left empty keeps no word of its own. */
function cleanWords(words: LocalizedText): Record<string, string> {
  const clean: Record<string, string> = {};
  for (const [language, word] of Object.entries(words)) {
    const trimmed = word.trim().slice(0, TEXT_LIMITS.label);
    if (trimmed !== '') clean[language] = trimmed;
  }
  return clean;
}

/**
 * Changes the words of a card or board in some languages (an empty word takes that language's
 * away). For a built-in one, a language without a word of its own shows the catalogue's.
 */
export async function changeWords(
  item: Pick<Card | Board, 'id' | 'origin'>,
  target: Target,
  changes: LocalizedText,
): Promise<void> {
  const table = target === 'card' ? db.cards : db.boards;
  await writeTransaction([db.overrides, table], async () => {
    if (item.origin === 'starter') {
      const current = await db.overrides.get(item.id);
      await changeOverride(item.id, target, {
        labels: cleanWords({ ...current?.labels, ...changes }),
      });
      return;
    }
    const current = await table.get(item.id);
    if (!current) return;
    await table.update(item.id, {
      labels: cleanWords({ ...current.labels, ...changes }),
      updatedAt: now(),
    });
  });
}

/** A card's new words (as changeWords) and, when one was chosen, its new picture. */
export async function changeCard(
  card: Pick<Card, 'id' | 'origin'>,
  changes: LocalizedText,
  image: ImageSource | null,
): Promise<void> {
  await writeTransaction([db.overrides, db.cards], async () => {
    await changeWords(card, 'card', changes);
    if (!image) return;
    if (card.origin === 'starter') await changeOverride(card.id, 'card', { image });
    else await db.cards.update(card.id, { image, updatedAt: now() });
  });
}

/** Hides a card or board from boards and Together (or shows it again); a story keeps its own. */
export async function setHidden(id: string, target: Target, isHidden: boolean): Promise<void> {
  await writeTransaction([db.overrides], () => changeOverride(id, target, { hidden: isHidden }));
}

/** A board's cards in a new order: they keep it, on every screen that shows the board. */
export async function setBoardOrder(board: Board, cardIds: readonly string[]): Promise<void> {
  if (board.origin === 'starter') {
    await writeTransaction([db.overrides], () =>
      changeOverride(board.id, 'board', { cardIds: [...cardIds] }),
    );
    return;
  }
  await db.boards.update(board.id, { cardIds: [...cardIds], updatedAt: now() });
}

export interface NewBoard {
  readonly language: string;
  readonly name: string;
  readonly colour: string;
  /** A personal board's person; null for a board everyone's Together offers. */
  readonly personId: string | null;
}

/** A new, empty staff board at the end of the library; returns its id. */
export async function addBoard(board: NewBoard): Promise<string> {
  const id = newRecordId();
  const time = now();
  await writeTransaction([db.boards], async () => {
    const last = await db.boards.orderBy('order').last();
    await db.boards.add({
      id,
      labels: cleanWords({ [board.language]: board.name }),
      colour: board.colour,
      // After the catalogue's boards (their order is their place in the catalogue, under 100).
      order: Math.max(100, (last?.order ?? 0) + 1),
      cardIds: [],
      ...(board.personId ? { personId: board.personId } : {}),
      origin: 'staff',
      createdAt: time,
      updatedAt: time,
    });
  });
  return id;
}

/** A board's colour: a built-in board keeps it in its override. */
export async function setBoardColour(board: Board, colour: string): Promise<void> {
  if (board.origin === 'starter') {
    await writeTransaction([db.overrides], () => changeOverride(board.id, 'board', { colour }));
    return;
  }
  await db.boards.update(board.id, { colour, updatedAt: now() });
}

/** Pictures and sounds of `cards` that no card left in the library uses. */
async function mediaOnlyOf(cards: readonly Card[]): Promise<string[]> {
  const gone = new Set(cards.map((c) => c.id));
  const ids = new Set(
    cards.flatMap((c) => [c.image.kind === 'media' ? c.image.mediaId : '', c.sound ?? '']),
  );
  ids.delete('');
  if (ids.size === 0) return [];
  await db.cards.each((card) => {
    if (gone.has(card.id)) return;
    if (card.image.kind === 'media') ids.delete(card.image.mediaId);
    if (card.sound) ids.delete(card.sound);
  });
  return [...ids];
}

const CARD_TABLES = [db.cards, db.boards, db.media, db.tombstones];

/** Erases staff cards and the media only they use (call inside a CARD_TABLES transaction). */
async function eraseStaffCards(cardIds: readonly string[]): Promise<void> {
  const cards = (await db.cards.bulkGet([...cardIds])).filter(
    (c): c is Card => c !== undefined && c.origin === 'staff',
  );
  const ids = cards.map((c) => c.id);
  const media = await mediaOnlyOf(cards);
  const gone = new Set(ids);
  const listing = await db.boards.filter((b) => b.cardIds.some((id) => gone.has(id))).toArray();
  const time = now();
  await db.boards.bulkPut(
    listing.map((b) => ({
      ...b,
      cardIds: b.cardIds.filter((id) => !gone.has(id)),
      updatedAt: time,
    })),
  );
  await eraseRecords('cards', ids);
  await eraseRecords('media', media);
}

/**
 * Deletes staff cards, with their pictures and recordings when no other card uses them; each
 * leaves a tombstone. A story that placed one shows a stand-in picture with its own words.
 */
export async function deleteStaffCards(cardIds: readonly string[]): Promise<void> {
  await writeTransaction(CARD_TABLES, () => eraseStaffCards(cardIds));
}

/** Deletes a staff board and the cards made for it (a card only listed on it stays). */
export async function deleteStaffBoard(boardId: string): Promise<void> {
  await writeTransaction(CARD_TABLES, async () => {
    const board = await db.boards.get(boardId);
    if (board?.origin !== 'staff') return;
    const own = await db.cards.where('boardId').equals(boardId).primaryKeys();
    await eraseStaffCards(own);
    await eraseRecords('boards', [boardId]);
  });
}
