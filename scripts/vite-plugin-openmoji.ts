/**
 * Ships the OpenMoji SVGs: every symbol of the set as `symbols/<HEXCODE>.svg`, and the set packed
 * into a few files with its words per language (scripts/symbol-set.ts), named in the module
 * `virtual:restory-symbol-set`.
 *
 * Why: we never hand-copy SVGs into the repo. The `openmoji` npm package is the single source
 * of the graphics (OpenMoji, https://openmoji.org, CC BY-SA 4.0 — see assets/LICENCE-symbols.md).
 * Each symbol is a real file (never a data: URI). Only those the curated starter content
 * (assets/starter/*.json) uses are precached (`isPrecachedSymbol`); the rest of the set reaches
 * offline use through the packs, which the app caches after its first screen and the service
 * worker answers from. In dev the same URLs are served from node_modules.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { buildSymbolSet, readOpenMoji, SET_FOLDER, type SymbolSet } from './symbol-set.ts';

const repoRoot = new URL('..', import.meta.url);
const starterDir = new URL('assets/starter/', repoRoot);
const svgDir = new URL('node_modules/openmoji/color/svg/', repoRoot);
const HEXCODE = /^[0-9A-F]{2,6}(?:-[0-9A-F]{2,6})*$/;

/** Path of a symbol's SVG relative to the app's base URL, e.g. `symbols/1F600.svg`. */
export function symbolFileName(hexcode: string): string {
  return `symbols/${hexcode}.svg`;
}

function svgUrl(hexcode: string): URL {
  return new URL(`${hexcode}.svg`, svgDir);
}

/** Every `symbol` hexcode in assets/starter/*.json, sorted and de-duplicated. */
function readCuratedHexcodes(): string[] {
  const found = new Set<string>();
  const files = readdirSync(starterDir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  for (const name of files) {
    const json: unknown = JSON.parse(readFileSync(new URL(name, starterDir), 'utf8'));
    const cards = typeof json === 'object' && json !== null && 'cards' in json ? json.cards : [];
    if (!Array.isArray(cards))
      throw new Error(`[openmoji] assets/starter/${name}: "cards" is not a list`);
    for (const card of cards as unknown[]) {
      const symbol =
        typeof card === 'object' && card !== null && 'symbol' in card ? card.symbol : undefined;
      if (typeof symbol !== 'string' || !HEXCODE.test(symbol)) {
        throw new Error(
          `[openmoji] assets/starter/${name}: invalid symbol hexcode ${JSON.stringify(symbol)}`,
        );
      }
      found.add(symbol);
    }
  }
  return [...found].sort();
}

/** Reads the curated list and fails loudly if any SVG is missing from the openmoji package. */
function loadCurated(): string[] {
  const hexcodes = readCuratedHexcodes();
  const missing = hexcodes.filter((hex) => !existsSync(svgUrl(hex)));
  if (missing.length > 0) {
    throw new Error(
      `[openmoji] No SVG in node_modules/openmoji/color/svg/ for hexcode(s): ${missing.join(', ')} ` +
        '(referenced from assets/starter/*.json). Fix the hexcode or update the openmoji package.',
    );
  }
  return hexcodes;
}

const VIRTUAL_ID = 'virtual:restory-symbol-set';
const RESOLVED_VIRTUAL_ID = `\0${VIRTUAL_ID}`;

/** The module naming the set's files: `{ count, packs: string[], words: { [language]: url } }`. */
function symbolSetModule(set: SymbolSet, base: string): string {
  const url = (fileName: string) => `${base}${fileName}`;
  return `export default ${JSON.stringify({
    count: set.hexcodes.length,
    packs: set.packs.map((pack) => url(pack.fileName)),
    words: Object.fromEntries(
      Object.entries(set.words).map(([language, file]) => [language, url(file.fileName)]),
    ),
    licence: url(set.licence.fileName),
  })};`;
}

/**
 * For the service worker's precache list: a curated symbol and every other built file, but not the
 * rest of the set's single symbols nor its packs and words (they come after the first screen).
 */
export function isPrecachedSymbol(url: string, curated: ReadonlySet<string>): boolean {
  if (url.startsWith(`${SET_FOLDER}/`)) return false;
  const match = /^symbols\/([0-9A-F-]+)\.svg$/.exec(url);
  return !match?.[1] || curated.has(match[1]);
}

/** The curated hexcodes, for the precache filter in vite.config.ts. */
export function curatedSymbols(): ReadonlySet<string> {
  return new Set(loadCurated());
}

export function openmojiSymbols(): Plugin {
  let curated: string[] = [];
  let base = '/';
  // Built once per process, and only when the app or a build asks for it.
  let set: SymbolSet | undefined;
  const symbolSet = () => (set ??= buildSymbolSet());

  return {
    name: 'restory:openmoji-symbols',
    configResolved(config) {
      base = config.base.endsWith('/') ? config.base : `${config.base}/`;
    },
    buildStart() {
      curated = loadCurated();
      for (const name of readdirSync(starterDir).filter((n) => n.endsWith('.json'))) {
        this.addWatchFile(fileURLToPath(new URL(name, starterDir)));
      }
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_VIRTUAL_ID : undefined;
    },
    load(id) {
      return id === RESOLVED_VIRTUAL_ID ? symbolSetModule(symbolSet(), base) : undefined;
    },
    generateBundle() {
      if (curated.length === 0) return;
      for (const { hexcode } of readOpenMoji()) {
        this.emitFile({
          type: 'asset',
          fileName: symbolFileName(hexcode),
          source: readFileSync(svgUrl(hexcode)),
        });
      }
      const { packs, words, licence } = symbolSet();
      for (const file of [...packs, ...Object.values(words), licence]) {
        this.emitFile({ type: 'asset', fileName: file.fileName, source: file.source });
      }
    },
    configureServer(server) {
      let allowed = new Set(loadCurated());
      server.watcher.add(fileURLToPath(starterDir));
      server.watcher.on('change', (file) => {
        if (!file.startsWith(fileURLToPath(starterDir)) || !file.endsWith('.json')) return;
        try {
          allowed = new Set(loadCurated());
        } catch (error) {
          server.config.logger.error(error instanceof Error ? error.message : String(error));
        }
      });
      const inSet = new Set(readOpenMoji().map((entry) => entry.hexcode));
      server.middlewares.use((req, res, next) => {
        const pathname = (req.url ?? '').split('?')[0] ?? '';
        const setFile = [...symbolSet().packs, ...Object.values(symbolSet().words)].find(
          (file) => `${base}${file.fileName}` === pathname,
        );
        if (setFile) {
          res.setHeader('Content-Type', 'application/json');
          res.end(setFile.source);
          return;
        }
        const prefix = `${base}symbols/`;
        if (!pathname.startsWith(prefix) || !pathname.endsWith('.svg')) return next();
        const hex = pathname.slice(prefix.length, -'.svg'.length);
        if (!allowed.has(hex) && !inSet.has(hex)) {
          res.statusCode = 404;
          res.end('Unknown symbol');
          return;
        }
        res.statusCode = 200;
        res.setHeader('Content-Type', 'image/svg+xml');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(readFileSync(svgUrl(hex)));
      });
    },
  };
}
