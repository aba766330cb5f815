import { describe, expect, it } from 'vitest';
import type { Library } from './library';
import {
  meCardId,
  namedCardId,
  namesIn,
  PERSON_SYMBOL,
  photoCardId,
  withPersonalCards,
  type PersonalCardsInput,
} from './personal-cards';
import { makePerson } from './records';
import { STARTER_BOARDS } from './starter-content';
import { aBoard, aCard } from '../../tests/fixtures/library-records';
import { EMPTY_PREPARATION, type Card } from './types';

const teacher: Card = {
  ...aCard('starter-teacher', STARTER_BOARDS.people, {
    kind: 'symbol',
    symbol: '1F9D1-200D-1F3EB',
  }),
  labels: { en: 'teacher' },
};
const library: Library = {
  boards: [aBoard(STARTER_BOARDS.people, ['starter-teacher']), aBoard(STARTER_BOARDS.actions, [])],
  cards: new Map([[teacher.id, teacher]]),
};

const jo = {
  ...makePerson('p1', 'Jo', 'en', 0),
  picture: { kind: 'media', mediaId: 'm-face' } as const,
  likes: [{ id: 'l1', text: 'my bike', image: { kind: 'media', mediaId: 'm-bike' } as const }],
  calming: [{ id: 'c1', text: 'music', image: { kind: 'symbol', symbol: '1F3B5' } as const }],
};

function input(changes: Partial<PersonalCardsInput> = {}): PersonalCardsInput {
  return {
    person: jo,
    preparation: { ...EMPTY_PREPARATION, staff: 'Priya and Tom', thirdPerson: 'Sam, priya' },
    usedCardIds: [],
    isPhotosOffered: false,
    language: 'en',
    words: { me: 'Me', photos: 'Photos' },
    ...changes,
  };
}

describe('the names staff typed when preparing', () => {
  it('are split at commas, "and", slashes and new lines, each once, in the order typed', () => {
    expect(
      namesIn({ ...EMPTY_PREPARATION, staff: 'Priya and Tom; Ana/Bo\n  Cy ', thirdPerson: 'tom' }),
    ).toEqual(['Priya', 'Tom', 'Ana', 'Bo', 'Cy']);
    expect(namesIn({ ...EMPTY_PREPARATION, staff: 'Alexandra' })).toEqual(['Alexandra']);
    expect(namesIn(null)).toEqual([]);
  });
});

describe('the person’s own pictures in the story', () => {
  it('puts "Me" with their photo, then the named people, first on the People board', () => {
    const shown = withPersonalCards(library, input());
    const people = shown.boards.find((b) => b.id === STARTER_BOARDS.people);
    expect(people?.cardIds).toEqual([
      meCardId('p1'),
      namedCardId('Priya'),
      namedCardId('Tom'),
      namedCardId('Sam'),
      'starter-teacher',
    ]);
    expect(shown.cards.get(meCardId('p1'))).toMatchObject({
      labels: { en: 'Me' },
      image: { kind: 'media', mediaId: 'm-face' },
    });
    expect(shown.cards.get(namedCardId('Tom'))).toMatchObject({
      labels: { en: 'Tom' },
      image: { kind: 'symbol', symbol: PERSON_SYMBOL },
    });
    // The library itself is left as it was.
    expect(library.boards[0]?.cardIds).toEqual(['starter-teacher']);
  });

  it('"Me" without a photo is the person symbol', () => {
    const shown = withPersonalCards(library, input({ person: { ...jo, picture: null } }));
    expect(shown.cards.get(meCardId('p1'))?.image).toEqual({
      kind: 'symbol',
      symbol: PERSON_SYMBOL,
    });
  });

  it('offers their own photos in a tab after People only when "Photos" was chosen', () => {
    expect(withPersonalCards(library, input()).boards.map((b) => b.id)).toEqual([
      STARTER_BOARDS.people,
      STARTER_BOARDS.actions,
    ]);
    const shown = withPersonalCards(library, input({ isPhotosOffered: true }));
    expect(shown.boards.map((b) => b.id)).toEqual([
      STARTER_BOARDS.people,
      'photos:p1',
      STARTER_BOARDS.actions,
    ]);
    expect(shown.boards[1]?.labels).toEqual({ en: 'Photos' });
    expect(shown.boards[1]?.cardIds).toEqual([photoCardId('l1')]);
    expect(shown.cards.get(photoCardId('l1'))?.labels).toEqual({ en: 'my bike' });
  });

  it('still shows a named person the story uses after the preparation stops naming them', () => {
    const shown = withPersonalCards(
      library,
      input({ preparation: null, usedCardIds: [namedCardId('Priya'), 'starter-teacher'] }),
    );
    expect(shown.cards.get(namedCardId('Priya'))?.labels).toEqual({ en: 'Priya' });
    expect(shown.boards[0]?.cardIds).toEqual([meCardId('p1'), 'starter-teacher']);
  });
});
