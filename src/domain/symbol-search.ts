/**
 * Finding a picture by a word, in any app language, across the whole symbol set (about 4,500).
 *
 * Words are compared folded: case, accents and the marks Arabic may or may not be written with are
 * ignored, and the letters Arabic writes in more than one way (alef with or without hamza, final
 * yaa, taa marbuta) count as one, so "Enfadado", "enfadado" and "enfádado" are the same word. A
 * query word matches a symbol word it equals or begins (so "enfad" finds "enfadada"); every query
 * word must match. The best first: the whole name, then whole keywords, then words (those of the
 * name before keywords), then beginnings; skin-tone variants after the symbols they vary; then the
 * set's own order.
 *
 * The index is built once per language (a few milliseconds) and answers in well under 50 ms on the
 * full set (`npm run bench` prints the figure).
 */
import * as v from 'valibot';

/** Bits of a row's flags, as the build writes them (scripts/symbol-set.ts). */
const ROW_ENGLISH = 1;
const ROW_SKIN_TONE = 2;

export interface SymbolWords {
  readonly hexcode: string;
  /** OpenMoji's group, e.g. "smileys-emotion". */
  readonly group: string;
  /** The symbol's name in the language, to show under its picture. */
  readonly name: string;
  readonly keywords: readonly string[];
  /** The language has no words for it: these are English. */
  readonly isEnglishFallback: boolean;
  readonly isSkinTone: boolean;
}

const WordsFileSchema = v.object({
  formatVersion: v.literal(1),
  language: v.string(),
  source: v.string(),
  symbols: v.array(v.unknown()),
});

type Row = [string, string, string, string, number];

/** Each of ~4,500 rows checked by hand: a schema per row takes longer than the search itself. */
function isRow(row: unknown): row is Row {
  return (
    Array.isArray(row) &&
    row.length === 5 &&
    typeof row[0] === 'string' &&
    typeof row[1] === 'string' &&
    typeof row[2] === 'string' &&
    typeof row[3] === 'string' &&
    typeof row[4] === 'number'
  );
}

/** A words file read and checked; null when it is not one (an empty search, never a crash). */
export function readSymbolWords(json: unknown): SymbolWords[] | null {
  const parsed = v.safeParse(WordsFileSchema, json);
  if (!parsed.success) return null;
  const rows = parsed.output.symbols;
  if (!rows.every(isRow)) return null;
  return rows.map(([hexcode, group, name, keywords, flags]) => ({
    hexcode,
    group,
    name,
    keywords: keywords === '' ? [] : keywords.split('|'),
    isEnglishFallback: (flags & ROW_ENGLISH) !== 0,
    isSkinTone: (flags & ROW_SKIN_TONE) !== 0,
  }));
}

/** Arabic letters written in more than one way; hamza and madda go with the marks (NFD). */
const ARABIC_LETTERS: Readonly<Record<string, string>> = { 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه' };

/** Lower case, no accents or optional marks, one spelling per letter, words split by spaces. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\u0640/g, '') // the Arabic stretching stroke (tatweel)
    .replace(/[ٱىة]/g, (letter) => ARABIC_LETTERS[letter] ?? letter)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface IndexedSymbol {
  readonly symbol: SymbolWords;
  /** The folded name with a space before and after, to find its words. */
  readonly name: string;
  readonly phrases: readonly string[];
  /** Every word of the name and keywords, each with a space before and after: " a b c ". */
  readonly words: string;
}

export interface SymbolIndex {
  readonly symbols: readonly IndexedSymbol[];
}

export function buildSymbolIndex(symbols: readonly SymbolWords[]): SymbolIndex {
  return {
    symbols: symbols.map((symbol) => {
      const name = foldForSearch(symbol.name);
      const phrases = symbol.keywords.map(foldForSearch);
      const words = new Set([name, ...phrases].join(' ').split(' ').filter(Boolean));
      return { symbol, name: ` ${name} `, phrases, words: ` ${[...words].join(' ')} ` };
    }),
  };
}

const WHOLE_NAME = 100;
const WHOLE_KEYWORD = 50;
const SAME_WORD = 10;
const WORD_BEGINS = 4;
/** A word of the name counts more than a keyword: "hand" finds "raised hand" before "shushing face". */
const IN_NAME = 6;

/** Each query word with the spaces that find it as a whole word or as a word's beginning. */
interface QueryWord {
  readonly whole: string;
  readonly beginning: string;
}

function scoreOf(entry: IndexedSymbol, query: string, queryWords: readonly QueryWord[]): number {
  let score = 0;
  for (const { whole, beginning } of queryWords) {
    if (entry.words.includes(whole)) score += SAME_WORD;
    else if (entry.words.includes(beginning)) score += WORD_BEGINS;
    else return 0;
    if (entry.name.includes(beginning)) score += IN_NAME;
  }
  if (entry.name === ` ${query} `) score += WHOLE_NAME;
  else if (entry.phrases.includes(query)) score += WHOLE_KEYWORD;
  return score;
}

/** The symbols the words find, best first; at most `limit`. An empty query finds nothing. */
export function searchSymbols(index: SymbolIndex, query: string, limit = 60): SymbolWords[] {
  const folded = foldForSearch(query);
  const queryWords = folded
    .split(' ')
    .filter(Boolean)
    .map((word) => ({ whole: ` ${word} `, beginning: ` ${word}` }));
  if (queryWords.length === 0) return [];
  const found: { entry: IndexedSymbol; score: number; order: number }[] = [];
  index.symbols.forEach((entry, order) => {
    const score = scoreOf(entry, folded, queryWords);
    if (score > 0) found.push({ entry, score, order });
  });
  found.sort(
    (a, b) =>
      b.score - a.score ||
      Number(a.entry.symbol.isSkinTone) - Number(b.entry.symbol.isSkinTone) ||
      a.order - b.order,
  );
  return found.slice(0, limit).map(({ entry }) => entry.symbol);
}
