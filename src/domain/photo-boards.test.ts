import { describe, expect, it } from 'vitest';
import type { Library } from './library';
import { photoCardId, withPersonalCards, type PersonalCardsInput } from './personal-cards';
import {
  isPhotosBoard,
  personalPhotosBoardId,
  photosBoardIdFor,
  SHARED_PHOTOS_BOARD,
} from './photo-boards';
import { makePerson } from './records';
import { STARTER_BOARDS } from './starter-content';
import type { Board, Card } from './types';

const photoCard = (id: string, boardId: string): Card => ({
  id,
  kind: 'symbol',
  boardId,
  labels: { en: id },
  image: { kind: 'media', mediaId: `m-${id}` },
  origin: 'staff',
  createdAt: 1,
  updatedAt: 1,
});
const board = (id: string, cardIds: string[], personId?: string): Board => ({
  id,
  labels: { en: id },
  colour: '#fff3b0',
  order: 0,
  cardIds,
  ...(personId ? { personId } : {}),
  origin: 'staff',
  createdAt: 0,
  updatedAt: 0,
});

const cards = [
  photoCard('classroom', SHARED_PHOTOS_BOARD),
  photoCard('Mr Khan', SHARED_PHOTOS_BOARD),
  photoCard('Jo at the park', personalPhotosBoardId('p1')),
  photoCard('Ana at home', personalPhotosBoardId('p2')),
];
const library: Library = {
  boards: [
    board(STARTER_BOARDS.people, []),
    board(STARTER_BOARDS.activities, []),
    board(SHARED_PHOTOS_BOARD, ['classroom', 'Mr Khan']),
    board(personalPhotosBoardId('p1'), ['Jo at the park'], 'p1'),
    board(personalPhotosBoardId('p2'), ['Ana at home'], 'p2'),
  ],
  cards: new Map(cards.map((c) => [c.id, c])),
};

const jo = {
  ...makePerson('p1', 'Jo', 'en', 0),
  likes: [{ id: 'l1', text: 'my bike', image: { kind: 'media', mediaId: 'm-bike' } as const }],
};

function input(changes: Partial<PersonalCardsInput> = {}): PersonalCardsInput {
  return {
    person: jo,
    preparation: null,
    usedCardIds: [],
    isPhotosOffered: true,
    language: 'en',
    words: { me: 'Me', photos: 'Photos' },
    ...changes,
  };
}

describe('the Photos boards', () => {
  it('are the shared one for everyone and one per person', () => {
    expect(photosBoardIdFor(null)).toBe('board-photos');
    expect(photosBoardIdFor('p1')).toBe('board-photos-p1');
    expect(isPhotosBoard('board-photos-p1')).toBe(true);
    expect(isPhotosBoard(STARTER_BOARDS.activities)).toBe(false);
  });
});

describe("the tray's one Photos tab", () => {
  it('holds the profile photos, then the person’s own photos, then the shared ones', () => {
    const shown = withPersonalCards(library, input());
    expect(shown.boards.map((b) => b.id)).toEqual([
      STARTER_BOARDS.people,
      'photos:p1',
      STARTER_BOARDS.activities,
    ]);
    expect(shown.boards[1]?.labels).toEqual({ en: 'Photos' });
    expect(shown.boards[1]?.cardIds).toEqual([
      photoCardId('l1'),
      'Jo at the park',
      'classroom',
      'Mr Khan',
    ]);
  });

  it('never holds another person’s photos', () => {
    const shown = withPersonalCards(library, input());
    expect(shown.boards.flatMap((b) => b.cardIds)).not.toContain('Ana at home');
  });

  it('is there with only library photos, when the profile has none', () => {
    const shown = withPersonalCards(library, input({ person: { ...jo, likes: [] } }));
    expect(shown.boards.find((b) => b.id === 'photos:p1')?.cardIds).toEqual([
      'Jo at the park',
      'classroom',
      'Mr Khan',
    ]);
  });

  it('is not offered, nor any Photos board, when the person did not choose photos', () => {
    const shown = withPersonalCards(library, input({ isPhotosOffered: false }));
    expect(shown.boards.map((b) => b.id)).toEqual([STARTER_BOARDS.people, STARTER_BOARDS.activities]);
    // A story that already uses a photo still finds it.
    expect(shown.cards.get('classroom')).toBeDefined();
  });

  it('is left out when there is no photo at all', () => {
    const empty: Library = {
      boards: [board(STARTER_BOARDS.people, []), board(SHARED_PHOTOS_BOARD, [])],
      cards: new Map(),
    };
    const shown = withPersonalCards(empty, input({ person: { ...jo, likes: [] } }));
    expect(shown.boards.map((b) => b.id)).toEqual([STARTER_BOARDS.people]);
  });
});
