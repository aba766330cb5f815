/**
 * The library a screen shows: the built-in catalogue (starter-content.ts) with what staff made
 * or changed on this tablet laid over it. Staff rows are their own cards and boards, and
 * overrides of a built-in card or board (words, picture, colour, hidden, order of cards), keyed
 * by the built-in id. A hidden card stays readable by id, so a story that used it still shows it.
 */
import {
  starterBoardId,
  type Catalogue,
  type CatalogueLabels,
  type StarterCard,
} from './starter-content';
import type { Override } from './record-schemas';
import type { GenderedText, GenderedWordsOfCard } from './labels';
import {
  GRAMMATICAL_GENDERS,
  type Board,
  type Card,
  type GrammaticalGender,
  type LocalizedText,
} from './types';

export type { Override } from './record-schemas';

/** A card as the library shows it: with the catalogue's words for a feminine or masculine person. */
export type LibraryCard = Card & GenderedWordsOfCard;

export interface Library {
  readonly boards: readonly Board[];
  /** Every card by id, hidden ones included, so that old records still find theirs. */
  readonly cards: ReadonlyMap<string, LibraryCard>;
  /** Ids of the cards and boards staff hid (a library made by hand may leave them out). */
  readonly hidden?: ReadonlySet<string>;
  /** Boards staff hid, so the Library can show them again. */
  readonly hiddenBoards?: readonly Board[];
}

/** What staff keep on this tablet (IndexedDB): their cards, boards and overrides. */
export interface StaffLibraryRows {
  readonly cards: readonly Card[];
  readonly boards: readonly Board[];
  readonly overrides: readonly Override[];
}

/** Catalogue rows exist from the build, not from a write: their times are 0. */
const SHIPPED = 0;

/** Words of the catalogue for one id in every loaded language, with staff words on top. */
function wordsFor(
  id: string,
  labels: ReadonlyMap<string, CatalogueLabels>,
  override: Override | undefined,
): LocalizedText {
  const words: Record<string, string> = {};
  for (const [language, catalogue] of labels) {
    const word = catalogue.labels[id];
    if (word !== undefined) words[language] = word;
  }
  return { ...words, ...override?.labels };
}

/**
 * The catalogue's past-tense words for one card (or, with `canDo`, its "I can …" words). They
 * belong to the catalogue's word, so where staff gave the card words of their own in a language
 * they are left out there.
 */
function pastWordsFor(
  id: string,
  labels: ReadonlyMap<string, CatalogueLabels>,
  override: Override | undefined,
  kind: 'past' | 'canDo' = 'past',
): LocalizedText | undefined {
  const words: Record<string, string> = {};
  for (const [language, catalogue] of labels) {
    const word = catalogue[kind]?.[id];
    if (word !== undefined && override?.labels?.[language] === undefined) words[language] = word;
  }
  return Object.keys(words).length > 0 ? words : undefined;
}

/**
 * The catalogue's words for a feminine or masculine person ("enfadada"), by gender then language;
 * like past forms they belong to the catalogue's word, so not where staff gave their own.
 */
function genderedWordsFor(
  id: string,
  labels: ReadonlyMap<string, CatalogueLabels>,
  override: Override | undefined,
  part: 'labels' | 'past',
): GenderedText | undefined {
  const forms: Partial<Record<GrammaticalGender, Record<string, string>>> = {};
  for (const [language, catalogue] of labels) {
    if (override?.labels?.[language] !== undefined) continue;
    for (const gender of GRAMMATICAL_GENDERS) {
      const word = catalogue[gender]?.[part][id];
      if (word !== undefined) forms[gender] = { ...forms[gender], [language]: word };
    }
  }
  return Object.keys(forms).length > 0 ? forms : undefined;
}

function builtInCard(
  card: StarterCard,
  labels: ReadonlyMap<string, CatalogueLabels>,
  override: Override | undefined,
): LibraryCard {
  const past = pastWordsFor(card.id, labels, override);
  const genderedLabels = genderedWordsFor(card.id, labels, override, 'labels');
  const genderedPast = genderedWordsFor(card.id, labels, override, 'past');
  // "I can …" words, like a past form, belong to the catalogue's word (a strategy's).
  const canDo = pastWordsFor(card.id, labels, override, 'canDo');
  return {
    id: card.id,
    kind: card.kind,
    boardId: starterBoardId(card.category),
    labels: wordsFor(card.id, labels, override),
    ...(past ? { past } : {}),
    ...(canDo ? { canDo } : {}),
    ...(genderedLabels ? { genderedLabels } : {}),
    ...(genderedPast ? { genderedPast } : {}),
    image: override?.image ?? { kind: 'symbol', symbol: card.symbol },
    ...(override?.sound ? { sound: override.sound } : {}),
    origin: 'starter',
    createdAt: SHIPPED,
    updatedAt: SHIPPED,
  };
}

/** Listed cards first in the listed order, then the rest in their own order; no duplicates. */
function inOrder(members: readonly string[], listed: readonly string[] | undefined): string[] {
  if (!listed) return [...members];
  const present = new Set(members);
  const first = [...new Set(listed)].filter((id) => present.has(id));
  const placed = new Set(first);
  return [...first, ...members.filter((id) => !placed.has(id))];
}

export function composeLibrary(
  catalogue: Catalogue,
  labels: ReadonlyMap<string, CatalogueLabels>,
  rows: StaffLibraryRows,
): Library {
  const overrides = new Map(rows.overrides.map((o) => [o.id, o]));
  const isHidden = (id: string) => overrides.get(id)?.hidden === true;
  const cards = new Map<string, LibraryCard>();
  for (const card of catalogue.cards) {
    cards.set(card.id, builtInCard(card, labels, overrides.get(card.id)));
  }
  const staffCards = [...rows.cards]
    .filter((card) => !cards.has(card.id))
    .sort((a, b) => a.createdAt - b.createdAt);
  for (const card of staffCards) cards.set(card.id, card);

  const byBoard = new Map<string, string[]>();
  for (const card of cards.values()) {
    if (isHidden(card.id)) continue;
    const list = byBoard.get(card.boardId);
    if (list) list.push(card.id);
    else byBoard.set(card.boardId, [card.id]);
  }
  const shown = (boardId: string) => byBoard.get(boardId) ?? [];
  const builtInBoards: Board[] = catalogue.categories.map((category, order) => {
    const id = starterBoardId(category.id);
    const override = overrides.get(id);
    return {
      id,
      labels: wordsFor(id, labels, override),
      colour: override?.colour ?? category.colour,
      order,
      cardIds: inOrder(shown(id), override?.cardIds),
      origin: 'starter',
      createdAt: SHIPPED,
      updatedAt: SHIPPED,
    };
  });
  const builtInIds = new Set(builtInBoards.map((b) => b.id));
  const staffBoards = rows.boards
    .filter((board) => !builtInIds.has(board.id))
    .map((board) => {
      // A staff board may hold any card (a person's own board of known pictures), in its order.
      const listed = board.cardIds.filter((id) => cards.has(id) && !isHidden(id));
      return { ...board, cardIds: inOrder([...listed, ...shown(board.id)], listed) };
    });
  const all = [...builtInBoards, ...staffBoards].sort((a, b) => a.order - b.order);
  return {
    boards: all.filter((b) => !isHidden(b.id)),
    cards,
    hidden: new Set(rows.overrides.filter((o) => o.hidden === true).map((o) => o.id)),
    hiddenBoards: all.filter((b) => isHidden(b.id)),
  };
}

/**
 * A Together board's cards in the board's order (hidden cards left out), or every card of that
 * kind when staff removed the board.
 */
export function boardCards(library: Library, boardId: string, kind: Card['kind']): Card[] {
  const board = library.boards.find((b) => b.id === boardId);
  return board
    ? board.cardIds.flatMap((id) => library.cards.get(id) ?? [])
    : [...library.cards.values()].filter((c) => c.kind === kind);
}

/**
 * The boards one person sees: every shared board and their own personal boards, in library
 * order. With no person (the Library showing shared boards only), the shared boards.
 */
export function boardsFor(library: Library, personId: string | null): readonly Board[] {
  return library.boards.filter((b) => b.personId === undefined || b.personId === personId);
}

/** The library as one person's Together sees it: other people's personal boards left out. */
export function libraryFor(library: Library, personId: string): Library {
  const boards = boardsFor(library, personId);
  return boards.length === library.boards.length ? library : { ...library, boards };
}

/**
 * A board's cards with one moved to where another stands (`toId`); the cards between shift by
 * one. Moving a card onto itself, or an id the board lacks, changes nothing.
 */
export function movedCard(cardIds: readonly string[], cardId: string, toId: string): string[] {
  const from = cardIds.indexOf(cardId);
  const to = cardIds.indexOf(toId);
  if (from < 0 || to < 0 || from === to) return [...cardIds];
  const rest = cardIds.filter((id) => id !== cardId);
  rest.splice(to, 0, cardId);
  return rest;
}
