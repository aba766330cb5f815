import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SOMETHING_GOOD_IDS } from '../../src/domain/something-good';
import { STEP_SYMBOLS } from '../../src/features/together/step-pictures';

interface StarterCard {
  id: string;
  kind?: string;
  symbol: string;
  category: string;
  labels: Record<string, string>;
}

interface StarterFile {
  formatVersion: number;
  categories?: { id: string; colour: string }[];
  cards: StarterCard[];
}

// Plain paths, not URLs: under jsdom the global URL is not one node:fs accepts.
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const svgDir = join(repoRoot, 'node_modules', 'openmoji', 'color', 'svg');

function readJson(...path: string[]): unknown {
  return JSON.parse(readFileSync(join(repoRoot, 'assets', 'starter', ...path), 'utf8'));
}

const englishFile = readJson('labels', 'en.json') as {
  labels: Record<string, string>;
  past: Record<string, string>;
  canDo: Record<string, string>;
};
/** English words by card or board id (assets/starter/labels/en.json). */
const english = englishFile.labels;
/** Action cards' English words in the past tense, for "I felt … so I …". */
const englishPast = englishFile.past;

/** A card file with each card's English word joined in, as the app shows it. */
function readStarter(name: string): StarterFile {
  const file = readJson(name) as StarterFile;
  const cards = file.cards.map((card) => {
    const labels: Record<string, string> = {};
    const en = english[card.id];
    if (en !== undefined) labels['en'] = en;
    return { ...card, labels };
  });
  return { ...file, cards };
}

const symbols = readStarter('symbols.json');
const feelings = readStarter('feelings.json');
const strategies = readStarter('strategies.json');
const phrases = readStarter('phrases.json');
const repairs = readStarter('repairs.json');
const needs = readStarter('needs.json');
const allCards = [
  ...symbols.cards,
  ...feelings.cards,
  ...strategies.cards,
  ...phrases.cards,
  ...repairs.cards,
  ...needs.cards,
];
const categories = [symbols, strategies, phrases, repairs, needs].flatMap(
  (file) => file.categories ?? [],
);

const SYMBOL_CATEGORIES = ['people', 'places', 'actions', 'objects', 'activities', 'needs'];
// Strategy and phrase cards carry their own categories.
const REQUIRED_FEELINGS = [
  'happy',
  'calm',
  'sad',
  'angry',
  'frustrated',
  'scared',
  'worried',
  'embarrassed',
  'ashamed',
  'guilty',
  'lonely',
  'confused',
  'overwhelmed',
  'excited',
  'tired',
  'hurt',
  'proud',
  'sorry',
];
const JUDGEMENTAL = /\b(bad|naughty|wrong|fault\w*|punish\w*)\b/i;

/** WCAG 2.x relative luminance of a #RRGGBB colour. */
function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Not a #RRGGBB colour: ${hex}`);
  const [r, g, b] = match.slice(1).map((part) => {
    const c = parseInt(part, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

describe('starter content', () => {
  it('uses format version 2 (words in a label file per language)', () => {
    for (const file of [symbols, feelings, strategies, phrases, repairs, needs])
      expect(file.formatVersion).toBe(2);
  });

  it('has an English word for every card and board, and no word for anything else', () => {
    const ids = [...allCards.map((c) => c.id), ...categories.map((c) => `board-${c.id}`)];
    expect(ids.filter((id) => !english[id])).toEqual([]);
    expect(Object.keys(english).sort()).toEqual([...ids].sort());
  });

  it('offers the strategies "What can help next time?" names, each a strategy card', () => {
    const labels = strategies.cards.map((c) => c.labels['en']);
    for (const needed of ['ask for a break', 'quiet space', 'squeeze toy', 'ear defenders']) {
      expect(labels).toContain(needed);
    }
    expect(labels).toContain('say how I feel');
    expect(strategies.cards.every((c) => c.kind === 'strategy')).toBe(true);
    expect(phrases.cards.every((c) => c.kind === 'phrase')).toBe(true);
  });

  it('has at least 150 symbol cards spread over every required category', () => {
    expect(symbols.cards.length).toBeGreaterThanOrEqual(150);
    for (const category of SYMBOL_CATEGORIES) {
      expect(
        symbols.cards.filter((card) => card.category === category).length,
        category,
      ).toBeGreaterThanOrEqual(10);
    }
  });

  it('has every required feeling as a feeling card', () => {
    const byLabel = new Map(feelings.cards.map((card) => [card.labels.en, card]));
    for (const label of REQUIRED_FEELINGS) {
      const card = byLabel.get(label);
      expect(card, label).toBeDefined();
      expect(card?.id).toBe(`feeling-${label}`);
      expect(card?.kind).toBe('feeling');
      expect(card?.category).toBe('feelings');
    }
  });

  it('points every card at an OpenMoji SVG that exists', () => {
    const missing = allCards.filter((card) => !existsSync(join(svgDir, `${card.symbol}.svg`)));
    expect(missing.map((card) => `${card.id} -> ${card.symbol}`)).toEqual([]);
  });

  it('gives no two cards of one kind the same picture, so each picture means one word', () => {
    const seen = new Map<string, string>();
    const shared: string[] = [];
    for (const card of allCards) {
      const key = `${card.kind ?? 'symbol'} ${card.symbol}`;
      const other = seen.get(key);
      if (other) shared.push(`${other} and ${card.id}: ${card.symbol}`);
      seen.set(key, card.id);
    }
    expect(shared).toEqual([]);
  });

  it('has unique ids across both files and unique hexcodes within each file', () => {
    const ids = allCards.map((card) => card.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const file of [symbols, feelings]) {
      const hexcodes = file.cards.map((card) => card.symbol);
      expect(new Set(hexcodes).size).toBe(hexcodes.length);
    }
    for (const card of symbols.cards) {
      expect(card.id).toMatch(/^starter-[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('uses short, non-judgemental English labels', () => {
    for (const card of allCards) {
      const label = card.labels.en ?? '';
      // Phrases are things people say, written as said ("I'm sorry"); strategies are short plans.
      const isPhrase = card.kind === 'phrase';
      const isPlan = ['strategy', 'repair', 'need'].includes(card.kind ?? 'symbol');
      const maxWords = isPhrase ? 5 : isPlan ? 4 : 3;
      expect(label, card.id).not.toBe('');
      if (!isPhrase)
        expect(
          label.replace(/\b(I|OK)\b/g, (w) => w.toLowerCase()),
          card.id,
        ).toBe(label.toLowerCase());
      expect(label.split(' ').length, card.id).toBeLessThanOrEqual(maxWords);
      expect(label, card.id).not.toMatch(JUDGEMENTAL);
    }
  });

  it('gives every action, and nothing else, short past-tense words for "so I …"', () => {
    const actions = symbols.cards.filter((card) => card.category === 'actions').map((c) => c.id);
    expect(Object.keys(englishPast).sort()).toEqual([...actions].sort());
    for (const [id, words] of Object.entries(englishPast)) {
      expect(words, id).toBe(words.toLowerCase().trim());
      expect(words.split(' ').length, id).toBeLessThanOrEqual(3);
      expect(words, id).not.toMatch(JUDGEMENTAL);
    }
    // The sentence reads as something that happened, never as an order or a place.
    expect(englishPast['starter-push']).toBe('pushed');
    expect(englishPast['starter-run-away']).toBe('ran away');
  });

  it('puts every card in a listed category', () => {
    const categoryIds = new Set(categories.map((category) => category.id));
    expect([...categoryIds]).toEqual([
      'people',
      'actions',
      'feelings',
      'places',
      'objects',
      'activities',
      'needs',
      'strategies',
      'phrases',
      'repairs',
      'what-i-need',
    ]);
    for (const card of allCards) {
      expect(categoryIds.has(card.category), `${card.id}: ${card.category}`).toBe(true);
    }
  });

  it('gives every category colour at least 7:1 contrast with #1a1a1a text', () => {
    for (const category of categories) {
      expect(contrastRatio(category.colour, '#1a1a1a'), category.id).toBeGreaterThanOrEqual(7);
    }
  });
});

describe('"Making things right" and "What did I need?"', () => {
  it('offers the repairs the issue names, each a repair card', () => {
    expect(repairs.cards.map((c) => c.labels['en'])).toEqual([
      'say sorry my way',
      'make a card',
      'help fix or tidy',
      'give it back',
      'check they are OK',
      'do something kind',
    ]);
    expect(repairs.cards.every((c) => c.kind === 'repair')).toBe(true);
  });

  it('gives every strategy, and nothing else, words that end "When I feel angry, I can …"', () => {
    const ids = strategies.cards.map((c) => c.id);
    expect(Object.keys(englishFile.canDo).sort()).toEqual([...ids].sort());
    for (const [id, words] of Object.entries(englishFile.canDo)) {
      expect(words.replace(/\bI\b/g, 'i'), id).toBe(words.toLowerCase().trim());
      expect(words.split(' ').length, id).toBeLessThanOrEqual(5);
      expect(words, id).not.toMatch(JUDGEMENTAL);
    }
    expect(englishFile.canDo['strategy-quiet-space']).toBe('go to a quiet space');
  });

  it('offers few needs at a time, each a need card', () => {
    expect(needs.cards.length).toBeLessThanOrEqual(8);
    expect(needs.cards.map((c) => c.labels['en'])).toContain('someone to listen');
    expect(needs.cards.every((c) => c.kind === 'need')).toBe(true);
  });
});

describe('"Something good together"', () => {
  it('offers built-in activities that are good things to do together, no chores or routines', () => {
    const activities = new Map(
      symbols.cards.filter((c) => c.category === 'activities').map((c) => [c.id, c.labels.en]),
    );
    const offered = [...SOMETHING_GOOD_IDS].map((id) => activities.get(id) ?? `missing ${id}`);
    expect(offered.filter((word) => word.startsWith('missing'))).toEqual([]);
    const notGood =
      /homework|lesson|maths|science|tidy|washing|laundry|appointment|bed|bath|shower|teeth|dressed|wash/;
    expect(offered.filter((word) => notGood.test(word))).toEqual([]);
    expect(offered.length).toBeGreaterThanOrEqual(15);
  });
});

describe('pictures the app shows outside the library', () => {
  it('uses only symbols the starter content ships, so the build bundles them', () => {
    const shipped = new Set(allCards.map((card) => card.symbol));
    for (const [step, symbol] of Object.entries(STEP_SYMBOLS)) {
      expect(shipped.has(symbol), `${step}: ${symbol}`).toBe(true);
    }
  });
});
