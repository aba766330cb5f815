import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHOICE_SYMBOLS, WAY_SYMBOLS } from './welcome-symbols';

// Plain paths, not URLs: under jsdom the global URL is not one node:fs accepts.
const starterDir = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'assets',
  'starter',
);

function starterSymbols(): Set<string> {
  const files = readdirSync(starterDir).filter((name) => name.endsWith('.json'));
  const cards = files.flatMap(
    (name) =>
      (JSON.parse(readFileSync(join(starterDir, name), 'utf8')) as { cards: { symbol: string }[] })
        .cards,
  );
  return new Set(cards.map((card) => card.symbol));
}

describe('the Welcome pictures', () => {
  it('are all starter symbols, so the build bundles their SVGs', () => {
    const shipped = starterSymbols();
    const used = [...Object.values(WAY_SYMBOLS), ...Object.values(CHOICE_SYMBOLS)];
    expect(used.filter((symbol) => !shipped.has(symbol))).toEqual([]);
  });
});
