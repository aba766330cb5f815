import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseCatalogue, parseLabels } from '../domain/starter-content';
import {
  EMPTY_CATALOGUE_SOURCE,
  loadCatalogue,
  loadCatalogueLabels,
  setCatalogueSourceForTests,
} from './catalogue';
import { db } from './database';

const read = (name: string): unknown => JSON.parse(readFileSync(`assets/starter/${name}`, 'utf8'));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the bundled catalogue', () => {
  it('loads the shipped cards and English words, and writes nothing to the tablet', async () => {
    setCatalogueSourceForTests(undefined);
    const catalogue = await loadCatalogue();
    expect(catalogue.cards.length).toBeGreaterThanOrEqual(150 + 18);
    expect(catalogue.categories.map((c) => c.id)).toContain('feelings');
    const english = await loadCatalogueLabels('en');
    expect(english?.labels['feeling-overwhelmed']).toBe('overwhelmed');
    expect(english?.labels['board-feelings']).toBe('Feelings');
    expect(english?.past['starter-push']).toBe('pushed');
    // A language the catalogue has no words in yet gives none; screens fall back to English.
    expect(await loadCatalogueLabels('fr')).toBeUndefined();
    expect((await loadCatalogueLabels('cy'))?.labels['board-feelings']).toBeTruthy();
    expect(await db.cards.count()).toBe(0);
    expect(await db.boards.count()).toBe(0);
    expect(await db.settings.count()).toBe(1); // the tablet's id, nothing of the catalogue
  });

  it('is loaded once and served from memory after that', async () => {
    let loads = 0;
    setCatalogueSourceForTests({
      cards: () => {
        loads += 1;
        return EMPTY_CATALOGUE_SOURCE.cards();
      },
      labels: EMPTY_CATALOGUE_SOURCE.labels,
    });
    await Promise.all([loadCatalogue(), loadCatalogue()]);
    await loadCatalogue();
    expect(loads).toBe(1);
  });

  it('gives an empty catalogue, not a half one, when a file fails its check', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    setCatalogueSourceForTests({
      cards: () => Promise.resolve(parseCatalogue([{ formatVersion: 2, cards: [{ id: 'x' }] }])),
      labels: () => Promise.resolve(parseLabels({ formatVersion: 1 }, 'en')),
    });
    expect(await loadCatalogue()).toEqual({ categories: [], cards: [] });
    expect(await loadCatalogueLabels('en')).toBeUndefined();
    expect(errors).toHaveBeenCalledTimes(2);
  });
});

describe('parseCatalogue and parseLabels', () => {
  it('accept the shipped files', () => {
    const catalogue = parseCatalogue([
      read('symbols.json'),
      read('feelings.json'),
      read('strategies.json'),
      read('phrases.json'),
      read('repairs.json'),
      read('needs.json'),
    ]);
    expect(catalogue.categories.length).toBeGreaterThanOrEqual(6);
    expect(Object.keys(parseLabels(read('labels/en.json'), 'en').labels).length).toBe(
      catalogue.cards.length + catalogue.categories.length,
    );
  });

  it('refuse a card in an unknown category, a duplicate id, an old format or mislabelled words', () => {
    const base = { formatVersion: 2, categories: [{ id: 'people', colour: '#FFFFFF' }] };
    const card = { id: 'a', symbol: '1F600', category: 'people' };
    expect(() => parseCatalogue([{ ...base, cards: [{ ...card, category: 'nope' }] }])).toThrow(
      /unknown category/,
    );
    expect(() => parseCatalogue([{ ...base, cards: [card, card] }])).toThrow(/twice/);
    expect(() => parseCatalogue([{ ...base, formatVersion: 1, cards: [] }])).toThrow();
    const words = { formatVersion: 1, language: 'es', labels: { a: 'a' } };
    expect(() => parseLabels(words, 'en')).toThrow(/says it is es/);
    expect(() => parseLabels({ ...words, labels: { a: '' } }, 'es')).toThrow();
    expect(() => parseLabels({ ...words, past: { b: 'pushed' } }, 'es')).toThrow(/b, which has no/);
  });
});
