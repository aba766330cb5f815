import { describe, expect, it } from 'vitest';
import { storyboardFirstPictures, TRAY_PAGE_SIZE } from './first-pictures';
import type { Library } from './library';
import { STARTER_BOARDS } from './starter-content';
import type { Board, Card, Conversation, ImageSource } from './types';

const symbol = (code: string): ImageSource => ({ kind: 'symbol', symbol: code });
const card = (id: string, image: ImageSource, boardId: string): Card => ({
  id,
  kind: 'symbol',
  boardId,
  labels: { en: id },
  image,
  origin: 'starter',
  createdAt: 0,
  updatedAt: 0,
});
const board = (id: string, cardIds: string[]): Board => ({
  id,
  labels: { en: id },
  colour: '#fff3b0',
  order: 0,
  cardIds,
  origin: 'starter',
  createdAt: 0,
  updatedAt: 0,
});
const placed = (cardId: string, bubbleCardId: string | null = null) => ({
  id: `placed-${cardId}`,
  cardId,
  bubbles: bubbleCardId
    ? [{ id: 'b', kind: 'they-said' as const, text: '', cardId: bubbleCardId }]
    : [],
});

const actions = Array.from({ length: 30 }, (_, i) => card(`act-${i}`, symbol(`A${i}`), 'actions'));
const library: Library = {
  boards: [
    board(STARTER_BOARDS.strategies, ['calm']),
    board(
      'actions',
      actions.map((c) => c.id),
    ),
  ],
  cards: new Map(
    [
      ...actions,
      card('calm', symbol('CALM'), STARTER_BOARDS.strategies),
      card('angry', symbol('ANGRY'), 'feelings'),
      card('hi', symbol('HI'), 'phrases'),
      card('photo', { kind: 'media', mediaId: 'm1' }, 'people'),
    ].map((c) => [c.id, c]),
  ),
};

describe('the pictures a storyboard shows first', () => {
  it('are the story’s, its bubbles’ and the first tray board’s first pages, each once', () => {
    const story: Pick<Conversation, 'story'> = {
      story: [
        { id: 'f1', caption: '', placements: [placed('angry', 'hi'), placed('photo')] },
        { id: 'f2', caption: '', placements: [placed('angry'), placed('gone')] },
      ],
    };
    const pictures = storyboardFirstPictures(story, library);
    expect(pictures.slice(0, 3)).toEqual([
      symbol('ANGRY'),
      symbol('HI'),
      { kind: 'media', mediaId: 'm1' },
    ]);
    // Strategies never show in the "What happened?" tray: its first board is the actions.
    expect(pictures.slice(3)).toEqual(actions.slice(0, 2 * TRAY_PAGE_SIZE).map((c) => c.image));
  });
});
