/**
 * Loads the built-in catalogue (domain/starter-content.ts) shipped with the app: the card files
 * once, and one label file per language when a screen first needs that language. Nothing of it
 * is written to IndexedDB; a new app version brings its cards and words with the update. The
 * first screen does not load it: only screens that show pictures do (`useLibrary`, in
 * use-library.ts).
 */
import {
  parseCatalogue,
  parseLabels,
  type Catalogue,
  type CatalogueLabels,
} from '../domain/starter-content';

/** Where the catalogue comes from: the bundled files, or a small one that a test provides. */
export interface CatalogueSource {
  readonly cards: () => Promise<Catalogue>;
  /** One language's words, or undefined when the catalogue has none in that language. */
  readonly labels: (language: string) => Promise<CatalogueLabels | undefined>;
}

const EMPTY: Catalogue = { categories: [], cards: [] };

const labelFiles = import.meta.glob<unknown>('../../assets/starter/labels/*.json', {
  import: 'default',
});

const bundled: CatalogueSource = {
  async cards() {
    const files = await Promise.all([
      import('../../assets/starter/symbols.json'),
      import('../../assets/starter/feelings.json'),
      import('../../assets/starter/strategies.json'),
      import('../../assets/starter/phrases.json'),
      import('../../assets/starter/repairs.json'),
      import('../../assets/starter/needs.json'),
    ]);
    return parseCatalogue(files.map((file) => file.default));
  },
  async labels(language) {
    const load = labelFiles[`../../assets/starter/labels/${language}.json`];
    return load ? parseLabels(await load(), language) : undefined;
  },
};

let source = bundled;
let cards: Promise<Catalogue> | undefined;
const labels = new Map<string, Promise<CatalogueLabels | undefined>>();

/**
 * The catalogue's cards and boards. A file that fails its check leaves the catalogue empty (and
 * says so in the console): the person's records and the staff's own cards still open.
 */
export function loadCatalogue(): Promise<Catalogue> {
  cards ??= Promise.resolve()
    .then(() => source.cards())
    .catch((error: unknown) => {
      console.error(error);
      return EMPTY;
    });
  return cards;
}

/** One language's words (cached); an unknown language or a broken file gives none. */
export function loadCatalogueLabels(language: string): Promise<CatalogueLabels | undefined> {
  let words = labels.get(language);
  if (!words) {
    words = Promise.resolve()
      .then(() => source.labels(language))
      .catch((error: unknown) => {
        console.error(error);
        return undefined;
      });
    labels.set(language, words);
  }
  return words;
}

/** Tests: use a small catalogue (or the bundled one again with `undefined`). */
export function setCatalogueSourceForTests(replacement: CatalogueSource | undefined): void {
  source = replacement ?? bundled;
  cards = undefined;
  labels.clear();
}

/** Tests: the source with nothing in it, so a test sees only the cards it provides. */
export const EMPTY_CATALOGUE_SOURCE: CatalogueSource = {
  cards: () => Promise.resolve(EMPTY),
  labels: () => Promise.resolve(undefined),
};
