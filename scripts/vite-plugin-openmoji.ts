/**
 * Ships the OpenMoji SVGs that the curated starter content (assets/starter/*.json) refers to.
 *
 * Why: we never hand-copy SVGs into the repo. The `openmoji` npm package is the single source
 * of the graphics (OpenMoji, https://openmoji.org, CC BY-SA 4.0 — see assets/LICENCE-symbols.md).
 * In a build each curated symbol becomes a real file `symbols/<HEXCODE>.svg` (never a data: URI,
 * so the service worker can precache it); in dev the same URLs are served from node_modules.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

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

export function openmojiSymbols(): Plugin {
  let curated: string[] = [];
  let base = '/';

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
    generateBundle() {
      for (const hex of curated) {
        this.emitFile({
          type: 'asset',
          fileName: symbolFileName(hex),
          source: readFileSync(svgUrl(hex)),
        });
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
      server.middlewares.use((req, res, next) => {
        const pathname = (req.url ?? '').split('?')[0] ?? '';
        const prefix = `${base}symbols/`;
        if (!pathname.startsWith(prefix) || !pathname.endsWith('.svg')) return next();
        const hex = pathname.slice(prefix.length, -'.svg'.length);
        if (!allowed.has(hex)) {
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
