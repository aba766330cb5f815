import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseStarterContent } from '../domain/starter-content';
import { smallStarter, seedSmallStarter } from '../../tests/fixtures/builders';
import { db } from './database';
import { seedStarterContent, starterBoardId } from './seed';
import { ensureStarterContent } from './starter';

describe('seeding the starter content', () => {
  it('adds every starter card and one board per category, in the file order', async () => {
    const { added } = await seedSmallStarter();
    expect(added).toBe(smallStarter.cards.length);
    const boards = await db.boards.orderBy('order').toArray();
    expect(boards.map((b) => b.id)).toEqual(
      smallStarter.categories.map((c) => starterBoardId(c.id)),
    );
    expect(boards.slice(0, 2).map((b) => b.id)).toEqual(['board-people', 'board-feelings']);
    expect(boards[0]?.cardIds).toEqual(['starter-teacher', 'starter-friend']);
    expect((await db.cards.get('feeling-angry'))?.image).toEqual({
      kind: 'symbol',
      symbol: '1F620',
    });
  });

  it('is idempotent: a second run with the same or a new version adds nothing twice', async () => {
    await seedSmallStarter('v1');
    expect((await seedSmallStarter('v1')).added).toBe(0);
    expect((await seedSmallStarter('v2')).added).toBe(0);
    expect(await db.cards.count()).toBe(smallStarter.cards.length);
    expect((await db.boards.get(starterBoardId('people')))?.cardIds).toHaveLength(2);
  });

  it('never overwrites a card staff have edited', async () => {
    await seedSmallStarter('v1');
    await db.cards.update('feeling-angry', { labels: { en: 'cross' } });
    await seedSmallStarter('v2');
    expect((await db.cards.get('feeling-angry'))?.labels).toEqual({ en: 'cross' });
  });

  it('never brings back a card staff deleted', async () => {
    await seedSmallStarter('v1');
    await db.cards.delete('starter-friend');
    await db.tombstones.put({ id: 'starter-friend', table: 'cards', deletedAt: Date.now() });
    await seedSmallStarter('v2');
    expect(await db.cards.get('starter-friend')).toBeUndefined();
  });

  it('appends new starter cards to the end of their board, so known pictures keep their place', async () => {
    await seedSmallStarter('v1');
    const bigger = {
      ...smallStarter,
      cards: [
        ...smallStarter.cards,
        {
          id: 'starter-nurse',
          kind: 'symbol' as const,
          symbol: '1F9D1-200D-2695-FE0F',
          category: 'people',
          labels: { en: 'nurse' },
        },
      ],
    };
    await seedStarterContent(bigger, 'v2');
    expect((await db.boards.get('board-people'))?.cardIds).toEqual([
      'starter-teacher',
      'starter-friend',
      'starter-nurse',
    ]);
  });

  it('seeds the real starter files, with at least 150 symbols and the feeling cards', async () => {
    await ensureStarterContent('real-1');
    expect(await db.cards.count()).toBeGreaterThanOrEqual(150 + 18);
    expect((await db.cards.get('feeling-overwhelmed'))?.labels['en']).toBe('overwhelmed');
    await ensureStarterContent('real-1');
    const again = await db.cards.count();
    await ensureStarterContent('real-2');
    expect(await db.cards.count()).toBe(again);
  });
});

describe('parseStarterContent', () => {
  const read = (name: string): unknown =>
    JSON.parse(readFileSync(`assets/starter/${name}`, 'utf8'));

  it('accepts the shipped files', () => {
    const content = parseStarterContent([
      read('symbols.json'),
      read('feelings.json'),
      read('strategies.json'),
      read('phrases.json'),
    ]);
    expect(content.categories.length).toBeGreaterThanOrEqual(6);
  });

  it('refuses a file with a card in an unknown category, a duplicate id or a missing English label', () => {
    const base = {
      formatVersion: 1,
      categories: [{ id: 'people', colour: '#FFFFFF', labels: { en: 'People' } }],
    };
    const card = { id: 'a', symbol: '1F600', category: 'people', labels: { en: 'a' } };
    expect(() =>
      parseStarterContent([{ ...base, cards: [{ ...card, category: 'nope' }] }]),
    ).toThrow(/unknown category/);
    expect(() => parseStarterContent([{ ...base, cards: [card, card] }])).toThrow(/twice/);
    expect(() =>
      parseStarterContent([{ ...base, cards: [{ ...card, labels: { fr: 'a' } }] }]),
    ).toThrow(/English/);
    expect(() => parseStarterContent([{ ...base, formatVersion: 2, cards: [] }])).toThrow();
  });
});
