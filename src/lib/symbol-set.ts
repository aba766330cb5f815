/**
 * The whole symbol set after the first screen: its words per language for search, and its
 * pictures kept for offline use.
 *
 * The first screen loads none of it. Once a service worker looks after the app, `keepSymbolSetOffline`
 * puts the set's few files (the packs of pictures and the words files, named in
 * `virtual:restory-symbol-set`) into one cache, where the service worker answers any symbol from
 * (scripts/symbol-set-worker.ts), and drops files an older version left. A search reads its
 * language's words from that cache, or from the network before they are kept.
 */
import { buildSymbolIndex, readSymbolWords, type SymbolIndex } from '../domain/symbol-search';

/** The cache the packs are kept in; scripts/symbol-set-worker.ts reads the same one. */
export const SYMBOL_SET_CACHE = 'restory-symbol-set';

interface SymbolSetFiles {
  readonly count: number;
  readonly packs: readonly string[];
  readonly words: Readonly<Record<string, string>>;
  readonly licence: string;
}

/** Where a search gets a language's words file (JSON); tests give their own. */
export type SymbolWordsSource = (language: string) => Promise<unknown>;

const setFiles = async (): Promise<SymbolSetFiles> =>
  (await import('virtual:restory-symbol-set')).default;

const hasCache = () => typeof caches !== 'undefined';

async function readSetFile(url: string): Promise<unknown> {
  const kept = hasCache() ? await caches.match(url).catch(() => undefined) : undefined;
  const response = kept ?? (await fetch(url));
  if (!response.ok) throw new Error(`Symbol set file not found: ${url}`);
  return response.json();
}

const fromBuild: SymbolWordsSource = async (language) => {
  const { words } = await setFiles();
  const url = words[language] ?? words['en'];
  if (!url) throw new Error('The symbol set has no words');
  return readSetFile(url);
};

let source: SymbolWordsSource = fromBuild;
const indexes = new Map<string, Promise<SymbolIndex | null>>();

/** The search index of a language's words, built once; null when they cannot be read. */
export function loadSymbolIndex(language: string): Promise<SymbolIndex | null> {
  let index = indexes.get(language);
  if (!index) {
    index = source(language).then(
      (json) => {
        const words = readSymbolWords(json);
        return words ? buildSymbolIndex(words) : null;
      },
      () => null,
    );
    // A failed read (offline before the words were kept) is tried again next time.
    void index.then((loaded) => loaded ?? indexes.delete(language));
    indexes.set(language, index);
  }
  return index;
}

export function setSymbolWordsSourceForTests(replacement: SymbolWordsSource | undefined): void {
  source = replacement ?? fromBuild;
  indexes.clear();
}

/** Caches the set's files that are not kept yet and drops those of older versions. */
export async function keepSymbolSetOffline(): Promise<void> {
  if (!hasCache() || !('serviceWorker' in navigator) || !navigator.serviceWorker.controller) return;
  if (!navigator.onLine) return;
  const { packs, words } = await setFiles();
  const wanted = [...packs, ...Object.values(words)].map((url) => new URL(url, location.href).href);
  const cache = await caches.open(SYMBOL_SET_CACHE);
  const kept = new Set((await cache.keys()).map((request) => request.url));
  for (const url of wanted) {
    if (!kept.has(url)) await cache.add(url);
  }
  const current = new Set(wanted);
  await Promise.all([...kept].filter((url) => !current.has(url)).map((url) => cache.delete(url)));
}

/** The licence notice of the set's words in other languages (Unicode CLDR), for Settings → About. */
export async function symbolWordsLicenceUrl(): Promise<string> {
  return (await setFiles()).licence;
}
