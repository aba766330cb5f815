/**
 * The built-in catalogue: symbols, boards, feeling, strategy and phrase cards shipped with the app
 * (assets/starter), read-only and versioned with it. Card files hold what never depends on a
 * language (id, kind, symbol, board); label files hold the words, one file per language, loaded
 * when a screen needs that language. Both are checked with valibot before use: a file that fails
 * the check gives no catalogue rather than a half one. Built-in ids are persisted in records
 * (stories, feelings, overrides): never change or reuse one.
 */
import * as v from 'valibot';
import { CARD_KINDS } from './record-values';

const hexcode = v.pipe(
  v.string(),
  v.regex(/^[0-9A-F]{4,6}(-[0-9A-F]{4,6})*$/, 'symbol must be an OpenMoji hexcode'),
);
const id = v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/), v.maxLength(80));
const languageCode = v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/));
const word = v.pipe(v.string(), v.minLength(1), v.maxLength(80));

/**
 * Starter boards that Together steps look for by id (`board-<category>`). Persisted ids: never
 * rename one.
 */
export const STARTER_BOARDS = {
  people: 'board-people',
  actions: 'board-actions',
  feelings: 'board-feelings',
  activities: 'board-activities',
  strategies: 'board-strategies',
  phrases: 'board-phrases',
  repairs: 'board-repairs',
  needs: 'board-what-i-need',
} as const;

/**
 * Boards kept out of the "What happened?" tray: strategies, phrases (bubbles), repairs and needs
 * have their own places.
 */
export const NOT_IN_STORY_TRAY: readonly string[] = [
  STARTER_BOARDS.strategies,
  STARTER_BOARDS.phrases,
  STARTER_BOARDS.repairs,
  STARTER_BOARDS.needs,
];

/** The board of a catalogue category. */
export function starterBoardId(categoryId: string): string {
  return `board-${categoryId}`;
}

export const StarterCategorySchema = v.object({
  id,
  colour: v.pipe(v.string(), v.regex(/^#[0-9A-Fa-f]{6}$/)),
});

export const StarterCardSchema = v.object({
  id,
  kind: v.optional(v.picklist(CARD_KINDS), 'symbol'),
  symbol: hexcode,
  category: id,
});

export const StarterFileSchema = v.object({
  formatVersion: v.literal(2),
  categories: v.optional(v.array(StarterCategorySchema), []),
  cards: v.array(StarterCardSchema),
});

/**
 * A label file's words in the forms for one grammatical gender, where they differ from its usual
 * ones: Spanish feelings ("enfadado" → feminine "enfadada"), Polish past tenses ("krzyczałem/
 * krzyczałam" → "krzyczałam", "krzyczałem"). Each names a card that has a usual word in the same
 * part. They describe the person (their own feeling, what they did), so they are used only for
 * the person's own words and never for someone else's.
 */
export const GenderedWordsSchema = v.object({
  labels: v.optional(v.record(id, word), {}),
  past: v.optional(v.record(id, word), {}),
});

/**
 * One language's words for the catalogue, by card or board id. `past` holds an action card's
 * words in the past tense, as they end "I felt angry so I …" ("pushed", "ran away"); a card
 * without one (a place, a thing) is never offered there.
 */
export const LabelFileSchema = v.object({
  formatVersion: v.literal(1),
  language: languageCode,
  labels: v.record(id, word),
  past: v.optional(v.record(id, word), {}),
  /**
   * A strategy card's words as they end "When I feel angry, I can …" ("go to a quiet space"); a
   * strategy without them reads "… quiet space can help" instead.
   */
  canDo: v.optional(v.record(id, word), {}),
  /** Optional: the words for a feminine or masculine person (GenderedWordsSchema). */
  feminine: v.optional(GenderedWordsSchema),
  masculine: v.optional(GenderedWordsSchema),
});

export type StarterCategory = v.InferOutput<typeof StarterCategorySchema>;
export type StarterCard = v.InferOutput<typeof StarterCardSchema>;

/** The catalogue's cards and boards, in the order they are shown. */
export interface Catalogue {
  readonly categories: readonly StarterCategory[];
  readonly cards: readonly StarterCard[];
}

export type GenderedWords = v.InferOutput<typeof GenderedWordsSchema>;

/** Words of one language by card or board id, and action cards' past-tense words. */
export interface CatalogueLabels {
  readonly labels: Readonly<Record<string, string>>;
  readonly past: Readonly<Record<string, string>>;
  readonly canDo?: Readonly<Record<string, string>>;
  /** Words for a feminine or masculine person, where they differ (GenderedWordsSchema). */
  readonly feminine?: GenderedWords;
  readonly masculine?: GenderedWords;
}

/** Validates and merges the card files; throws a readable error naming the first problem. */
export function parseCatalogue(files: readonly unknown[]): Catalogue {
  const parsed = files.map((file) => v.parse(StarterFileSchema, file));
  const categories = parsed.flatMap((f) => f.categories);
  const cards = parsed.flatMap((f) => f.cards);
  const categoryIds = new Set(categories.map((c) => c.id));
  const seen = new Set<string>(categories.map((c) => starterBoardId(c.id)));
  for (const card of cards) {
    if (seen.has(card.id)) throw new Error(`Starter card ${card.id} appears twice`);
    if (!categoryIds.has(card.category))
      throw new Error(`Starter card ${card.id} has unknown category ${card.category}`);
    seen.add(card.id);
  }
  return { categories, cards };
}

/** Validates one language's label file; throws a readable error naming the first problem. */
export function parseLabels(file: unknown, language: string): CatalogueLabels {
  const parsed = v.parse(LabelFileSchema, file);
  if (parsed.language !== language)
    throw new Error(`Label file for ${language} says it is ${parsed.language}`);
  // A past form belongs to a card's word: one without a word is a slip in the file.
  const unlabelled = Object.keys(parsed.past).find((cardId) => !(cardId in parsed.labels));
  if (unlabelled) throw new Error(`Past form for ${unlabelled}, which has no word`);
  const orphan = Object.keys(parsed.canDo).find((cardId) => !(cardId in parsed.labels));
  if (orphan) throw new Error(`"I can" words for ${orphan}, which has no word`);
  const { feminine, masculine } = parsed;
  if (feminine) checkGendered(parsed, feminine, 'feminine');
  if (masculine) checkGendered(parsed, masculine, 'masculine');
  return {
    labels: parsed.labels,
    past: parsed.past,
    canDo: parsed.canDo,
    ...(feminine ? { feminine } : {}),
    ...(masculine ? { masculine } : {}),
  };
}

/** A gendered form is another form of a usual word: one without that word is a slip in the file. */
function checkGendered(file: CatalogueLabels, forms: GenderedWords, gender: string): void {
  for (const part of ['labels', 'past'] as const) {
    const usual = file[part];
    const orphan = Object.keys(forms[part]).find((cardId) => !(cardId in usual));
    if (orphan) throw new Error(`${gender} ${part} for ${orphan}, which has no usual one`);
  }
}
