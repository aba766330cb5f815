import { describe, expect, it } from 'vitest';
import { genderedLabel, labelFor } from './labels';
import { boardsFor, composeLibrary, libraryFor, movedCard, type Override } from './library';
import type { Catalogue, CatalogueLabels } from './starter-content';
import type { Board, Card } from './types';

const catalogue: Catalogue = {
  categories: [
    { id: 'people', colour: '#FFF3B0' },
    { id: 'feelings', colour: '#FFD6E0' },
  ],
  cards: [
    { id: 'starter-teacher', kind: 'symbol', symbol: '1F9D1-200D-1F3EB', category: 'people' },
    { id: 'starter-friend', kind: 'symbol', symbol: '1F9D1', category: 'people' },
    { id: 'feeling-angry', kind: 'feeling', symbol: '1F620', category: 'feelings' },
    { id: 'feeling-calm', kind: 'feeling', symbol: '1F60C', category: 'feelings' },
  ],
};
const english: CatalogueLabels = {
  labels: {
    'board-people': 'People',
    'board-feelings': 'Feelings',
    'starter-teacher': 'teacher',
    'starter-friend': 'friend',
    'feeling-angry': 'angry',
    'feeling-calm': 'calm',
  },
  past: {},
};
const spanish: CatalogueLabels = {
  labels: { 'feeling-angry': 'enfadado', 'board-feelings': 'Sentimientos' },
  past: {},
};
const labels = new Map([
  ['en', english],
  ['es', spanish],
]);

function override(fields: Partial<Override> & Pick<Override, 'id'>): Override {
  return { target: 'card', createdAt: 5, updatedAt: 5, ...fields };
}

function staffCard(id: string, boardId: string, createdAt: number): Card {
  return {
    id,
    kind: 'symbol',
    boardId,
    labels: { en: id },
    image: { kind: 'media', mediaId: `photo-${id}` },
    origin: 'staff',
    createdAt,
    updatedAt: createdAt,
  };
}

const nothing = { cards: [], boards: [], overrides: [] };
const idsOf = (boards: readonly Board[]) => boards.map((b) => [b.id, b.cardIds]);

describe('composeLibrary', () => {
  it('gives the catalogue as it ships when staff changed nothing', () => {
    const library = composeLibrary(catalogue, labels, nothing);
    expect(idsOf(library.boards)).toEqual([
      ['board-people', ['starter-teacher', 'starter-friend']],
      ['board-feelings', ['feeling-angry', 'feeling-calm']],
    ]);
    const angry = library.cards.get('feeling-angry');
    expect(angry).toMatchObject({
      kind: 'feeling',
      boardId: 'board-feelings',
      image: { kind: 'symbol', symbol: '1F620' },
      origin: 'starter',
    });
    expect(labelFor(angry?.labels ?? {}, 'es')).toBe('enfadado');
    // A word the language lacks falls back to English.
    expect(labelFor(library.cards.get('feeling-calm')?.labels ?? {}, 'es')).toBe('calm');
    expect(labelFor(library.boards[1]?.labels ?? {}, 'es')).toBe('Sentimientos');
  });

  it('carries the catalogue’s words for a feminine person, but not where staff gave their own', () => {
    const withForms = new Map([
      ['en', english],
      ['es', { ...spanish, feminine: { labels: { 'feeling-angry': 'enfadada' }, past: {} } }],
    ]);
    const shipped = composeLibrary(catalogue, withForms, nothing).cards.get('feeling-angry');
    expect(shipped?.genderedLabels).toEqual({ feminine: { es: 'enfadada' } });
    expect(genderedLabel(shipped ?? { labels: {} }, 'es', 'feminine')).toBe('enfadada');
    expect(genderedLabel(shipped ?? { labels: {} }, 'es', undefined)).toBe('enfadado');
    expect(genderedLabel(shipped ?? { labels: {} }, 'en', 'feminine')).toBe('angry');

    const staffWords = composeLibrary(catalogue, withForms, {
      ...nothing,
      overrides: [override({ id: 'feeling-angry', labels: { es: 'molesto' } })],
    }).cards.get('feeling-angry');
    expect(staffWords?.genderedLabels).toBeUndefined();
    expect(genderedLabel(staffWords ?? { labels: {} }, 'es', 'feminine')).toBe('molesto');
  });

  it('lays staff words and pictures over a built-in card, language by language', () => {
    const library = composeLibrary(catalogue, labels, {
      ...nothing,
      overrides: [
        override({
          id: 'feeling-angry',
          labels: { en: 'cross' },
          image: { kind: 'media', mediaId: 'photo-1' },
        }),
      ],
    });
    const angry = library.cards.get('feeling-angry');
    expect(angry?.labels).toEqual({ en: 'cross', es: 'enfadado' });
    expect(angry?.image).toEqual({ kind: 'media', mediaId: 'photo-1' });
  });

  it('gives an action its past-tense words, except where staff gave it words of their own', () => {
    const withPush: Catalogue = {
      categories: [...catalogue.categories, { id: 'actions', colour: '#CDEFC4' }],
      cards: [
        ...catalogue.cards,
        { id: 'starter-push', kind: 'symbol', symbol: '1F450', category: 'actions' },
      ],
    };
    const words = new Map([
      ['en', { labels: { 'starter-push': 'push' }, past: { 'starter-push': 'pushed' } }],
      ['es', { labels: { 'starter-push': 'empujar' }, past: { 'starter-push': 'empujé' } }],
    ]);
    const shipped = composeLibrary(withPush, words, nothing);
    expect(shipped.cards.get('starter-push')?.past).toEqual({ en: 'pushed', es: 'empujé' });
    expect(shipped.cards.get('starter-teacher')).not.toHaveProperty('past');

    const relabelled = composeLibrary(withPush, words, {
      ...nothing,
      overrides: [override({ id: 'starter-push', labels: { en: 'shove' } })],
    });
    // "pushed" was the past of "push", not of the staff's "shove".
    expect(relabelled.cards.get('starter-push')?.past).toEqual({ es: 'empujé' });
  });

  it('keeps a hidden card readable by id but off its board, and drops a hidden board', () => {
    const library = composeLibrary(catalogue, labels, {
      ...nothing,
      overrides: [
        override({ id: 'starter-friend', hidden: true }),
        override({ id: 'board-feelings', target: 'board', hidden: true }),
      ],
    });
    expect(idsOf(library.boards)).toEqual([['board-people', ['starter-teacher']]]);
    expect(library.cards.get('starter-friend')?.labels['en']).toBe('friend');
  });

  it('puts staff cards after the built-in ones of their board, oldest first', () => {
    const library = composeLibrary(catalogue, labels, {
      ...nothing,
      cards: [staffCard('grandad', 'board-people', 20), staffCard('nan', 'board-people', 10)],
    });
    expect(library.boards[0]?.cardIds).toEqual([
      'starter-teacher',
      'starter-friend',
      'nan',
      'grandad',
    ]);
  });

  it('keeps a board in the order staff set, and adds cards a new version ships at its end', () => {
    const library = composeLibrary(catalogue, labels, {
      ...nothing,
      overrides: [
        override({ id: 'board-people', target: 'board', cardIds: ['starter-friend', 'gone'] }),
      ],
    });
    expect(library.boards[0]?.cardIds).toEqual(['starter-friend', 'starter-teacher']);
  });

  it('shows a staff board with any cards in its own order, after the built-in boards', () => {
    const board: Board = {
      id: 'board-sam',
      labels: { en: 'Sam' },
      colour: '#FFFFFF',
      order: 10,
      cardIds: ['feeling-calm', 'starter-teacher', 'missing'],
      origin: 'staff',
      createdAt: 1,
      updatedAt: 1,
    };
    const library = composeLibrary(catalogue, labels, { ...nothing, boards: [board] });
    expect(idsOf(library.boards).at(-1)).toEqual([
      'board-sam',
      ['feeling-calm', 'starter-teacher'],
    ]);
  });
});

describe('personal boards', () => {
  const board = (id: string, personId?: string): Board => ({
    id,
    labels: { en: id },
    colour: '',
    order: 100,
    cardIds: [],
    ...(personId ? { personId } : {}),
    origin: 'staff',
    createdAt: 1,
    updatedAt: 1,
  });
  const library = composeLibrary(catalogue, labels, {
    ...nothing,
    boards: [board('shared'), board('ana-own', 'ana'), board('ben-own', 'ben')],
  });
  const staffIds = (boards: readonly Board[]) =>
    boards.filter((b) => b.origin === 'staff').map((b) => b.id);

  it('shows a person their own boards and the shared ones, never another person’s', () => {
    expect(staffIds(boardsFor(library, 'ana'))).toEqual(['shared', 'ana-own']);
    expect(staffIds(libraryFor(library, 'ben').boards)).toEqual(['shared', 'ben-own']);
  });

  it('shows only shared boards when no person is chosen', () => {
    expect(staffIds(boardsFor(library, null))).toEqual(['shared']);
  });

  it('keeps a built-in card’s recorded word from its override', () => {
    const withSound = composeLibrary(catalogue, labels, {
      ...nothing,
      overrides: [override({ id: catalogue.cards[0]!.id, sound: 'media-1' })],
    });
    expect(withSound.cards.get(catalogue.cards[0]!.id)?.sound).toBe('media-1');
  });
});

describe('movedCard', () => {
  const ids = ['a', 'b', 'c', 'd'];
  it('moves a card later, to the place of the card it was put on', () => {
    expect(movedCard(ids, 'a', 'c')).toEqual(['b', 'c', 'a', 'd']);
  });
  it('moves a card earlier', () => {
    expect(movedCard(ids, 'd', 'b')).toEqual(['a', 'd', 'b', 'c']);
  });
  it('changes nothing for the same place or an unknown card', () => {
    expect(movedCard(ids, 'b', 'b')).toEqual(ids);
    expect(movedCard(ids, 'x', 'b')).toEqual(ids);
  });
});
