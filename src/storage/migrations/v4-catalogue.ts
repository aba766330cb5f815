/**
 * Version 4: built-in pictures become a read-only catalogue shipped with the app
 * (domain/starter-content.ts) instead of rows every tablet seeded for itself. What staff made or
 * changed stays, as rows of their own:
 * - a starter card changed after it was seeded (updatedAt later than createdAt) becomes an
 *   override of the built-in card with its words and picture;
 * - a starter card or board deleted by staff (its tombstone) becomes a "hidden" override;
 * - staff-made cards and boards stay as they are, in the board they were put on;
 * - seeded rows nobody changed, starter boards (no screen could edit one) and the seed-version
 *   setting go: the catalogue gives the same cards, by the same ids, in the same order.
 * Conversations are untouched: they refer to cards by id, and built-in ids never change. Backups
 * made before version 4 carry the same seeded rows; restoring one applies the same rules
 * (storage/backup), so both paths stay identical.
 */
import type { Transaction } from 'dexie';

type Row = Record<string, unknown>;

/** Ids the app makes for new records are random UUIDs; built-in ids are words. Frozen here. */
const MADE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The setting that recorded which starter content was seeded, as version 3 named it. */
const SEED_VERSION_KEY = 'starterSeedVersion';

export interface SeededLibrary {
  readonly cards: readonly Row[];
  readonly boards: readonly Row[];
  readonly tombstones: readonly Row[];
}

export interface CatalogueRows {
  readonly cards: Row[];
  readonly boards: Row[];
  readonly overrides: Row[];
}

const isStarter = (row: Row) => row['origin'] === 'starter';

function editedCard(card: Row): Row {
  const override: Row = {
    id: card['id'],
    target: 'card',
    labels: card['labels'],
    image: card['image'],
    createdAt: card['createdAt'],
    updatedAt: card['updatedAt'],
  };
  if (card['stamp'] !== undefined) override['stamp'] = card['stamp'];
  return override;
}

function hidden(tombstone: Row, target: 'card' | 'board'): Row {
  const override: Row = {
    id: tombstone['id'],
    target,
    hidden: true,
    createdAt: tombstone['deletedAt'],
    updatedAt: tombstone['deletedAt'],
  };
  if (tombstone['stamp'] !== undefined) override['stamp'] = tombstone['stamp'];
  return override;
}

/** The rows version 4 keeps of a version 3 library (pure: used by the upgrade and by restore). */
export function fromSeededLibrary({ cards, boards, tombstones }: SeededLibrary): CatalogueRows {
  const overrides = new Map<unknown, Row>();
  for (const tombstone of tombstones) {
    const id = tombstone['id'];
    const table = tombstone['table'];
    if (typeof id !== 'string' || MADE_ID.test(id)) continue;
    if (table === 'cards') overrides.set(id, hidden(tombstone, 'card'));
    if (table === 'boards') overrides.set(id, hidden(tombstone, 'board'));
  }
  for (const card of cards) {
    if (isStarter(card) && card['updatedAt'] !== card['createdAt'])
      overrides.set(card['id'], editedCard(card));
    else if (isStarter(card)) overrides.delete(card['id']);
  }
  return {
    cards: cards.filter((card) => !isStarter(card)),
    boards: boards.filter((board) => !isStarter(board)),
    overrides: [...overrides.values()],
  };
}

export async function upgradeToV4(tx: Transaction): Promise<void> {
  const cards = tx.table<Row>('cards');
  const boards = tx.table<Row>('boards');
  const seeded: SeededLibrary = {
    cards: await cards.toArray(),
    boards: await boards.toArray(),
    tombstones: await tx.table<Row>('tombstones').toArray(),
  };
  const kept = fromSeededLibrary(seeded);
  const starterIds = (rows: readonly Row[]) =>
    rows.filter(isStarter).flatMap((row) => (typeof row['id'] === 'string' ? [row['id']] : []));
  await cards.bulkDelete(starterIds(seeded.cards));
  await boards.bulkDelete(starterIds(seeded.boards));
  await tx.table<Row>('overrides').bulkAdd(kept.overrides);
  await tx.table<Row>('settings').delete(SEED_VERSION_KEY);
}
