/**
 * Seeds the starter boards and cards. Idempotent: runs on every start, adds only what is missing,
 * never overwrites a card or board staff have edited, and never brings back one they deleted
 * (a tombstone remembers it). New starter cards in a later release are appended to their board,
 * so pictures a person knows never move.
 */
import type { Board, Card } from '../domain/types';
import type { StarterContent } from '../domain/starter-content';
import { db, now } from './database';

export const SEED_VERSION_KEY = 'starterSeedVersion';

export function starterBoardId(categoryId: string): string {
  return `board-${categoryId}`;
}

export async function seedStarterContent(
  content: StarterContent,
  version: string,
): Promise<{ added: number }> {
  return db.transaction('rw', [db.cards, db.boards, db.tombstones, db.settings], async () => {
    const seeded = await db.settings.get(SEED_VERSION_KEY);
    if (seeded?.value === version) return { added: 0 };
    const time = now();
    const ids = content.cards.map((c) => c.id);
    const existing = new Set((await db.cards.bulkGet(ids)).flatMap((c) => (c ? [c.id] : [])));
    const deleted = new Set((await db.tombstones.bulkGet(ids)).flatMap((t) => (t ? [t.id] : [])));
    const newCards: Card[] = content.cards
      .filter((c) => !existing.has(c.id) && !deleted.has(c.id))
      .map((c) => ({
        id: c.id,
        kind: c.kind,
        boardId: starterBoardId(c.category),
        labels: c.labels,
        image: { kind: 'symbol', symbol: c.symbol },
        origin: 'starter',
        createdAt: time,
        updatedAt: time,
      }));
    await db.cards.bulkAdd(newCards);
    const boards = await Promise.all(
      content.categories.map((cat, order) => mergeBoard(cat.id, order, newCards, content, time)),
    );
    await db.boards.bulkPut(boards.filter((b): b is Board => b !== undefined));
    await db.settings.put({ key: SEED_VERSION_KEY, value: version });
    return { added: newCards.length };
  });
}

async function mergeBoard(
  categoryId: string,
  order: number,
  newCards: readonly Card[],
  content: StarterContent,
  time: number,
): Promise<Board | undefined> {
  const id = starterBoardId(categoryId);
  const added = newCards.filter((c) => c.boardId === id).map((c) => c.id);
  const current = await db.boards.get(id);
  if (current) {
    return added.length === 0
      ? undefined
      : { ...current, cardIds: [...current.cardIds, ...added], updatedAt: time };
  }
  if (await db.tombstones.get(id)) return undefined;
  const category = content.categories.find((c) => c.id === categoryId);
  if (!category) return undefined;
  return {
    id,
    labels: category.labels,
    colour: category.colour,
    order,
    cardIds: added,
    origin: 'starter',
    createdAt: time,
    updatedAt: time,
  };
}
