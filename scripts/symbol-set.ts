/**
 * The whole OpenMoji set, made ready to ship at build time: its pictures packed into a few files
 * (so the set arrives in a few requests after the first screen, and is kept for offline) and its
 * names and keywords in every app language, one small file each.
 *
 * Why a few packs and not 4,495 files: the service worker keeps the packs in one cache and answers
 * any `symbols/<HEX>.svg` from them offline; each picture is also a file of its own, so a tablet
 * online (or without a service worker) shows it before the packs have arrived.
 *
 * Words: English from OpenMoji's own data (its annotation, Unicode's and OpenMoji's keywords);
 * Spanish, Polish, Welsh and Arabic from Unicode CLDR's annotations (`cldr-annotations-full`, with
 * `cldr-annotations-derived-full` for skin tones and sequences), licensed under the Unicode
 * License v3, whose notice ships beside them. A symbol CLDR does not name in a language (OpenMoji's
 * own extras) keeps its English words there, marked, so it can still be found.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const repoRoot = new URL('..', import.meta.url);
const moduleFile = (path: string) => new URL(`node_modules/${path}`, repoRoot);

/** The languages the app ships; each gets one words file. */
export const SYMBOL_LANGUAGES = ['en', 'es', 'pl', 'cy', 'ar'] as const;
export type SymbolLanguage = (typeof SYMBOL_LANGUAGES)[number];
/** How many files the pictures are packed into. */
export const PACK_COUNT = 4;
/** The folder (under the app's base) the packs and the words are written to. */
export const SET_FOLDER = 'symbols/set';

interface OpenMojiEntry {
  readonly emoji: string;
  readonly hexcode: string;
  readonly group: string;
  readonly annotation: string;
  readonly tags: string;
  readonly openmoji_tags: string;
  readonly skintone: string | number;
}

/** Bits of a row's last field: the words are English (the language has none); a skin tone. */
export const ROW_ENGLISH = 1;
export const ROW_SKIN_TONE = 2;

/** One symbol's words in one language: [hexcode, group, name, keywords joined by "|", flags]. */
export type WordsRow = [string, string, string, string, number];

export interface WordsFile {
  readonly formatVersion: 1;
  readonly language: SymbolLanguage;
  /** Where the words come from, for Settings → About. */
  readonly source: string;
  readonly symbols: readonly WordsRow[];
}

export interface SymbolSetFile {
  readonly fileName: string;
  readonly source: string;
}

export interface SymbolSet {
  /** Every hexcode in OpenMoji's order. */
  readonly hexcodes: readonly string[];
  readonly packs: readonly SymbolSetFile[];
  readonly words: Readonly<Record<SymbolLanguage, SymbolSetFile>>;
  readonly licence: SymbolSetFile;
}

type Annotations = Record<string, { default?: string[]; tts?: string[] }>;

function readJson(url: URL): unknown {
  return JSON.parse(readFileSync(url, 'utf8'));
}

export function readOpenMoji(): OpenMojiEntry[] {
  return readJson(moduleFile('openmoji/data/openmoji.json')) as OpenMojiEntry[];
}

export function svgSource(hexcode: string): string {
  return readFileSync(moduleFile(`openmoji/color/svg/${hexcode}.svg`), 'utf8');
}

function cldrAnnotations(language: Exclude<SymbolLanguage, 'en'>): Annotations {
  const plain = readJson(
    moduleFile(`cldr-annotations-full/annotations/${language}/annotations.json`),
  ) as { annotations: { annotations: Annotations } };
  const derived = readJson(
    moduleFile(`cldr-annotations-derived-full/annotationsDerived/${language}/annotations.json`),
  ) as { annotationsDerived: { annotations: Annotations } };
  return { ...derived.annotationsDerived.annotations, ...plain.annotations.annotations };
}

const splitTags = (tags: string) =>
  tags
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');

const unique = (words: readonly string[]) => [...new Set(words)];

/** Comments and the white space between tags go; nothing a picture draws changes. */
export function minifySvg(svg: string): string {
  return svg
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/>\s+</g, '><')
    .trim();
}

const skinToneFlag = (entry: OpenMojiEntry) => (String(entry.skintone) === '' ? 0 : ROW_SKIN_TONE);

function englishRow(entry: OpenMojiEntry, flags = 0): WordsRow {
  const keywords = unique([...splitTags(entry.tags), ...splitTags(entry.openmoji_tags)]);
  const name = entry.annotation;
  return [entry.hexcode, entry.group, name, keywords.join('|'), flags | skinToneFlag(entry)];
}

function rowIn(entry: OpenMojiEntry, annotations: Annotations): WordsRow {
  const found = annotations[entry.emoji] ?? annotations[entry.emoji.replaceAll('\uFE0F', '')];
  const name = found?.tts?.[0];
  if (!found || !name) return englishRow(entry, ROW_ENGLISH);
  const keywords = unique(found.default ?? []).join('|');
  return [entry.hexcode, entry.group, name, keywords, skinToneFlag(entry)];
}

export function wordsFor(language: SymbolLanguage, entries: readonly OpenMojiEntry[]): WordsFile {
  if (language === 'en') {
    return {
      formatVersion: 1,
      language,
      source: 'OpenMoji',
      symbols: entries.map(englishRow),
    };
  }
  const annotations = cldrAnnotations(language);
  return {
    formatVersion: 1,
    language,
    source: 'Unicode CLDR',
    symbols: entries.map((entry) => rowIn(entry, annotations)),
  };
}

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 10);

function hashed(stem: string, source: string): SymbolSetFile {
  return { fileName: `${SET_FOLDER}/${stem}.${hashOf(source)}.json`, source };
}

/** The packs, the words files and the licence notice, named by their content. */
export function buildSymbolSet(): SymbolSet {
  const entries = readOpenMoji();
  const hexcodes = entries.map((entry) => entry.hexcode);
  const perPack = Math.ceil(hexcodes.length / PACK_COUNT);
  const packs = Array.from({ length: PACK_COUNT }, (_, index) => {
    const members = hexcodes.slice(index * perPack, (index + 1) * perPack);
    const pack = Object.fromEntries(members.map((hex) => [hex, minifySvg(svgSource(hex))]));
    return hashed(`pack-${index + 1}`, JSON.stringify(pack));
  });
  const words = Object.fromEntries(
    SYMBOL_LANGUAGES.map((language) => [
      language,
      hashed(`words-${language}`, JSON.stringify(wordsFor(language, entries))),
    ]),
  ) as Record<SymbolLanguage, SymbolSetFile>;
  const licence = {
    fileName: 'licences/unicode-cldr.txt',
    source: readFileSync(moduleFile('cldr-annotations-full/LICENSE'), 'utf8'),
  };
  return { hexcodes, packs, words, licence };
}
