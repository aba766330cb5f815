import { describe, expect, it } from 'vitest';
import { storyboardFirstPictures, TRAY_PAGE_SIZE } from './first-pictures';
import type { Library } from './library';
import { STARTER_BOARDS } from './starter-content';
import { aBoard, aCard } from '../../tests/fixtures/library-records';
import type { Conversation, ImageSource } from './types';

const symbol = (code: string): ImageSource => ({ kind: 'symbol', symbol: code });
const placed = (cardId: string, bubbleCardId: string | null = null) => ({
  id: `placed-${cardId}`,
  cardId,
  bubbles: bubbleCardId
    ? [{ id: 'b', kind: 'they-said' as const, text: '', cardId: bubbleCardId }]
    : [],
});

const actions = Array.from({ length: 30 }, (_, i) => aCard(`act-${i}`, 'actions', symbol(`A${i}`)));
const library: Library = {
  boards: [
    aBoard(STARTER_BOARDS.strategies, ['calm']),
    aBoard(
      'actions',
      actions.map((c) => c.id),
    ),
  ],
  cards: new Map(
    [
      ...actions,
      aCard('calm', STARTER_BOARDS.strategies, symbol('CALM')),
      aCard('angry', 'feelings', symbol('ANGRY')),
      aCard('hi', 'phrases', symbol('HI')),
      aCard('photo', 'people', { kind: 'media', mediaId: 'm1' }),
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
