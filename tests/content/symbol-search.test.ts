/**
 * Search over the whole symbol set as it ships: the words files the build writes from OpenMoji
 * (English) and Unicode CLDR (Spanish, Polish, Welsh, Arabic), read and searched as the app does.
 */
import { describe, expect, it } from 'vitest';
import {
  buildSymbolIndex,
  readSymbolWords,
  searchSymbols,
  type SymbolIndex,
} from '../../src/domain/symbol-search';
import { readOpenMoji, wordsFor, type SymbolLanguage } from '../../scripts/symbol-set';

const entries = readOpenMoji();
const indexes = new Map<SymbolLanguage, SymbolIndex>();
function indexFor(language: SymbolLanguage): SymbolIndex {
  let index = indexes.get(language);
  if (!index) {
    // Through JSON, as the app reads the file it downloads.
    const words = readSymbolWords(JSON.parse(JSON.stringify(wordsFor(language, entries))));
    index = buildSymbolIndex(words ?? []);
    indexes.set(language, index);
  }
  return index;
}
const found = (language: SymbolLanguage, query: string, limit = 10) =>
  searchSymbols(indexFor(language), query, limit).map((symbol) => symbol.hexcode);

const ANGRY_FACE = '1F620';

describe('finding a picture in the whole set', () => {
  it('holds every OpenMoji symbol, with words in every language', () => {
    expect(entries.length).toBeGreaterThan(4000);
    for (const language of ['en', 'es', 'pl', 'cy', 'ar'] as const) {
      expect(indexFor(language).symbols).toHaveLength(entries.length);
    }
  });

  it('finds angry in Spanish whatever the case, accent or ending', () => {
    for (const query of ['enfadado', 'Enfadado', 'enfadada', 'ENFADÁDO', 'cara enfadada']) {
      expect(found('es', query), query).toContain(ANGRY_FACE);
    }
    expect(found('es', 'cara enfadada')[0]).toBe(ANGRY_FACE);
    const named = searchSymbols(indexFor('es'), 'enfadada', 1)[0];
    expect(named).toMatchObject({ name: 'cara enfadada', isEnglishFallback: false });
  });

  it('finds angry in Welsh and in Arabic, with or without the marks and hamza', () => {
    expect(found('cy', 'dig')).toContain(ANGRY_FACE);
    expect(found('cy', 'wyneb dig')[0]).toBe(ANGRY_FACE);
    expect(found('ar', 'غاضب')).toContain(ANGRY_FACE);
    expect(found('ar', 'وجه غاضب')[0]).toBe(ANGRY_FACE);
    // With vowel marks typed, and the stretching stroke: the same word.
    expect(found('ar', 'غَاضِب')).toContain(ANGRY_FACE);
    expect(found('ar', 'غاضـب')).toContain(ANGRY_FACE);
  });

  it('finds by the beginning of a word, and needs every word typed', () => {
    expect(found('en', 'ang')).toContain(ANGRY_FACE);
    expect(found('pl', 'zł', 60)).toContain(ANGRY_FACE);
    expect(found('en', 'angry zebra')).toEqual([]);
    expect(found('en', '   ')).toEqual([]);
  });

  it('puts a symbol before its skin-tone variants', () => {
    const waving = searchSymbols(indexFor('es'), 'mano saludando', 6);
    expect(waving[0]).toMatchObject({ hexcode: '1F44B', isSkinTone: false });
    expect(waving.slice(1).every((symbol) => symbol.isSkinTone)).toBe(true);
  });

  it("keeps OpenMoji's own symbols findable in English where a language has no words", () => {
    const goldfish = searchSymbols(indexFor('cy'), 'goldfish', 1)[0];
    expect(goldfish).toMatchObject({ hexcode: 'E000', isEnglishFallback: true });
  });

  it('reads a damaged words file as nothing, not a crash', () => {
    expect(readSymbolWords({ formatVersion: 1, symbols: 'no' })).toBeNull();
    expect(readSymbolWords(null)).toBeNull();
  });
});

describe('the order of what is found', () => {
  it('puts symbols named by the word before those only tagged with it', () => {
    const hands = searchSymbols(indexFor('en'), 'hand', 5);
    expect(hands.every((symbol) => /hand/.test(symbol.name))).toBe(true);
    expect(searchSymbols(indexFor('ar'), 'غاضب', 1)[0]?.hexcode).toBe(ANGRY_FACE);
  });
});
