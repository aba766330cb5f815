/**
 * The shape of the starter content files in assets/starter, checked with valibot before anything
 * from them reaches the database. A file that fails the check seeds nothing.
 */
import * as v from 'valibot';

const hexcode = v.pipe(
  v.string(),
  v.regex(/^[0-9A-F]{4,6}(-[0-9A-F]{4,6})*$/, 'symbol must be an OpenMoji hexcode'),
);
const id = v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/), v.maxLength(80));
const labels = v.pipe(
  v.record(
    v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)),
    v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
  ),
  v.check((value) => typeof value['en'] === 'string', 'every starter label needs English'),
);

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
} as const;

/** Boards kept out of the "What happened?" tray: strategies and phrases (bubbles) have their own places. */
export const NOT_IN_STORY_TRAY: readonly string[] = [
  STARTER_BOARDS.strategies,
  STARTER_BOARDS.phrases,
];

export const StarterCategorySchema = v.object({
  id,
  colour: v.pipe(v.string(), v.regex(/^#[0-9A-Fa-f]{6}$/)),
  labels,
});

export const StarterCardSchema = v.object({
  id,
  kind: v.optional(v.picklist(['symbol', 'feeling', 'strategy', 'phrase']), 'symbol'),
  symbol: hexcode,
  category: id,
  labels,
});

export const StarterFileSchema = v.object({
  formatVersion: v.literal(1),
  categories: v.optional(v.array(StarterCategorySchema), []),
  cards: v.array(StarterCardSchema),
});

export type StarterCategory = v.InferOutput<typeof StarterCategorySchema>;
export type StarterCard = v.InferOutput<typeof StarterCardSchema>;

export interface StarterContent {
  readonly categories: readonly StarterCategory[];
  readonly cards: readonly StarterCard[];
}

/** Validates and merges starter files; throws a readable error naming the first problem. */
export function parseStarterContent(files: readonly unknown[]): StarterContent {
  const parsed = files.map((file) => v.parse(StarterFileSchema, file));
  const categories = parsed.flatMap((f) => f.categories);
  const cards = parsed.flatMap((f) => f.cards);
  const categoryIds = new Set(categories.map((c) => c.id));
  const seen = new Set<string>();
  for (const card of cards) {
    if (seen.has(card.id)) throw new Error(`Starter card ${card.id} appears twice`);
    if (!categoryIds.has(card.category))
      throw new Error(`Starter card ${card.id} has unknown category ${card.category}`);
    seen.add(card.id);
  }
  return { categories, cards };
}
