import { describe, expect, it } from 'vitest';
import { isInPlan, proposeFromConversation, proposeFromProfile } from './plan-proposals';
import { makeConversation, makePerson } from './records';
import type { Card, Conversation, FrameFeeling } from './types';

const card = (id: string, boardId: string, en: string, extra: Partial<Card> = {}): Card => ({
  id,
  kind: 'symbol',
  boardId,
  labels: { en },
  image: { kind: 'symbol', symbol: '1F600' },
  origin: 'starter',
  createdAt: 1,
  updatedAt: 1,
  ...extra,
});

const CARDS = new Map(
  [
    card('loud', 'board-objects', 'loud music'),
    card('hall', 'board-places', 'dining hall'),
    card('push', 'board-actions', 'push'),
    card('angry', 'board-feelings', 'angry', { kind: 'feeling' }),
    card('worried', 'board-feelings', 'worried', { kind: 'feeling' }),
    card('sad', 'board-feelings', 'sad', { kind: 'feeling' }),
    card('break', 'board-strategies', 'ask for a break', {
      kind: 'strategy',
      canDo: { en: 'ask for a break' },
    }),
    card('quiet', 'board-strategies', 'quiet space', { kind: 'strategy' }),
    card('need-quiet', 'board-needs', 'quiet', { kind: 'need' }),
    card('sorry', 'board-repairs', 'say sorry in my own way', { kind: 'repair' }),
    card('football', 'board-activities', 'football'),
  ].map((c) => [c.id, c]),
);

const person = {
  ...makePerson('p1', 'Sam', 'en', 1),
  likes: [{ id: 'like-1', text: 'trains', image: null }],
  calming: [{ id: 'calm-1', text: 'a walk outside', image: null }],
};

const feeling = (id: string, frameId: string, cardId: string, size: FrameFeeling['size']) =>
  ({
    id,
    frameId,
    cardId,
    size,
    colour: null,
    drawingMediaId: null,
    soundId: null,
  }) as FrameFeeling;

/** Three steps: loud music in the hall (it started here), pushing, then sad. */
function finished(): Conversation {
  const c = makeConversation({
    id: 'c1',
    personId: 'p1',
    firstFrameId: 'f1',
    status: 'completed',
    time: 5,
  });
  const placed = (cardId: string) => ({ id: `x-${cardId}`, cardId, bubbles: [] });
  return {
    ...c,
    story: [
      { id: 'f1', caption: 'Lunch was noisy', placements: [placed('loud'), placed('hall')] },
      { id: 'f2', caption: '', placements: [placed('push')] },
      { id: 'f3', caption: '', placements: [] },
    ],
    startFrameId: 'f1',
    feelings: [
      feeling('a', 'f1', 'worried', 2),
      feeling('b', 'f1', 'angry', 3),
      feeling('c', 'f2', 'angry', 5),
      feeling('d', 'f3', 'sad', 4),
    ],
    strategies: ['break', 'quiet', 'calm-1'],
    strategyFeelings: [{ strategyId: 'break', feelingCardId: 'angry' }],
    needs: ['need-quiet'],
    commitments: ['listenFirst', 'warnBeforeChanges'],
    repairs: ['sorry'],
    positive: { activityId: 'football', plannedFor: '', doneAt: null },
  };
}

describe('proposals from a finished conversation', () => {
  it('proposes what started it, the early signs, what helps, what staff will do and what comes after', () => {
    const proposals = proposeFromConversation({
      conversation: finished(),
      person,
      cards: CARDS,
      language: 'en',
    });
    const brief = proposals.map((p) =>
      Object.fromEntries(
        Object.entries(p).filter(([name]) => name !== 'key' && name !== 'picture'),
      ),
    );
    expect(brief).toEqual([
      { section: 'triggers', kind: 'trigger-caption', caption: 'Lunch was noisy' },
      { section: 'triggers', kind: 'trigger', label: 'loud music' },
      { section: 'triggers', kind: 'trigger', label: 'dining hall' },
      // Feelings up to the step where something was done, at their biggest; sad came after.
      { section: 'earlySigns', kind: 'early-sign', feeling: 'worried', size: 2 },
      { section: 'earlySigns', kind: 'early-sign', feeling: 'angry', size: 5 },
      { section: 'proactive', kind: 'need', need: 'quiet' },
      { section: 'proactive', kind: 'commitment', commitment: 'warnBeforeChanges' },
      { section: 'deescalation', kind: 'commitment', commitment: 'listenFirst' },
      {
        section: 'deescalation',
        kind: 'tie',
        feeling: 'angry',
        strategy: 'ask for a break',
        canDo: 'ask for a break',
      },
      { section: 'deescalation', kind: 'strategy', strategy: 'quiet space' },
      { section: 'deescalation', kind: 'strategy', strategy: 'a walk outside' },
      { section: 'after', kind: 'repair', repair: 'say sorry in my own way' },
      { section: 'after', kind: 'positive', activity: 'football' },
    ]);
    expect(new Set(proposals.map((p) => p.key)).size).toBe(proposals.length);
    expect(proposals.find((p) => p.kind === 'trigger')?.picture).toEqual({
      kind: 'symbol',
      symbol: '1F600',
    });
  });

  it('proposes nothing for what was not chosen', () => {
    const c = makeConversation({
      id: 'c2',
      personId: 'p1',
      firstFrameId: 'f1',
      status: 'completed',
      time: 5,
    });
    expect(
      proposeFromConversation({ conversation: c, person, cards: CARDS, language: 'en' }),
    ).toEqual([]);
  });
});

describe('a first plan from the profile', () => {
  it('takes likes and how the person communicates for about me, and what calms them', () => {
    expect(proposeFromProfile(person).map((p) => [p.section, p.kind])).toEqual([
      ['about', 'like'],
      // Symbols, photos and speech (the profile's defaults).
      ['about', 'communication'],
      ['about', 'communication'],
      ['about', 'communication'],
      ['proactive', 'calming'],
    ]);
  });

  it('knows what the plan already says, whatever the case and spaces', () => {
    const items = [{ id: 'i', section: 'triggers' as const, words: 'Loud music', picture: null }];
    expect(isInPlan(items, 'triggers', ' loud music ')).toBe(true);
    expect(isInPlan(items, 'earlySigns', 'loud music')).toBe(false);
  });
});
