import { describe, expect, it } from 'vitest';
import { makeConversation, makePerson } from './records';
import { buildSummary } from './summary';
import type { Card, Conversation } from './types';

const card = (id: string, en: string): Card => ({
  id,
  kind: 'symbol',
  boardId: 'b',
  labels: { en },
  image: { kind: 'symbol', symbol: '1F600' },
  origin: 'starter',
  createdAt: 1,
  updatedAt: 1,
});

const CARDS = new Map(
  [
    card('angry', 'angry'),
    card('sad', 'sad'),
    card('quiet', 'quiet'),
    { ...card('quiet-space', 'quiet space'), canDo: { en: 'go to a quiet space' } },
    card('ask-break', 'ask for a break'),
    card('make-card', 'make a card'),
  ].map((c) => [c.id, c]),
);

const person = {
  ...makePerson('p1', 'Sam', 'en', 1),
  calming: [{ id: 'calm-walk', text: 'a walk outside', image: null }],
};

/** Two story steps, two strategies chosen. */
const full = (): Conversation => {
  const c = makeConversation({
    id: 'c1',
    personId: 'p1',
    firstFrameId: 'f1',
    status: 'completed',
    time: 5,
  });
  return {
    ...c,
    story: [...c.story, { id: 'f2', caption: '', placements: [] }],
    strategies: ['ask-break', 'calm-walk'],
  };
};

const build = (conversation: Conversation) =>
  buildSummary({ conversation, person, cards: CARDS, language: 'en' });

describe('the session summary, for the support plan', () => {
  it('gives nothing chosen for a conversation stored before these choices', () => {
    expect(build(full())).toMatchObject({
      strategyFeelings: [],
      repairs: [],
      isRepairNotNow: false,
      needs: [],
      startStep: null,
    });
    expect(build(full()).story.map((step) => step.isStart)).toEqual([false, false]);
  });

  it('gives the plan what started it, what was needed, repairs and strategies tied to feelings', () => {
    const c: Conversation = {
      ...full(),
      startFrameId: 'f2',
      needs: ['quiet', 'gone'],
      repairs: ['make-card'],
      strategyFeelings: [
        { strategyId: 'calm-walk', feelingCardId: 'sad' },
        { strategyId: 'ask-break', feelingCardId: 'angry' },
        // A strategy unchosen since: left out.
        { strategyId: 'unchosen', feelingCardId: 'angry' },
      ],
    };
    const s = build(c);
    expect(s.startStep).toBe(2);
    expect(s.story.map((step) => step.isStart)).toEqual([false, true]);
    expect(s.needs).toEqual([
      { cardId: 'quiet', label: 'quiet', isMissing: false },
      { cardId: 'gone', label: null, isMissing: true },
    ]);
    expect(s.repairs).toEqual([{ cardId: 'make-card', label: 'make a card', isMissing: false }]);
    expect(s.isRepairNotNow).toBe(false);
    expect(s.strategyFeelings.map((p) => [p.strategy.label, p.feeling.label])).toEqual([
      ['ask for a break', 'angry'],
      ['a walk outside', 'sad'],
    ]);
  });

  it('keeps "not now" as an answer, and forgets a mark on a step no longer in the story', () => {
    const c: Conversation = { ...full(), isRepairNotNow: true, startFrameId: 'deleted' };
    expect(build(c)).toMatchObject({ isRepairNotNow: true, repairs: [], startStep: null });
  });

  it('gives when and where the talk will be, and whether the person agreed', () => {
    const c = full();
    const preparation = {
      incidentAt: '',
      place: 'dining hall',
      staffNote: '',
      staff: '',
      thirdPerson: '',
      supports: [],
    };
    expect(build({ ...c, preparation }).preparation).toMatchObject({
      place: 'dining hall',
      talkAt: '',
      talkPlace: '',
      isAgreed: null,
    });
    const talk = { ...preparation, talkAt: '2026-12-05T10:00', talkPlace: ' quiet room ' };
    expect(build({ ...c, preparation: { ...talk, isAgreed: true } }).preparation).toMatchObject({
      talkAt: '2026-12-05T10:00',
      talkPlace: 'quiet room',
      isAgreed: true,
    });
  });

  it('gives a strategy’s “I can” words, when it has them, for "When I feel …, I can …"', () => {
    const c: Conversation = {
      ...full(),
      strategies: ['quiet-space', 'calm-walk'],
      strategyFeelings: [
        { strategyId: 'quiet-space', feelingCardId: 'angry' },
        { strategyId: 'calm-walk', feelingCardId: 'sad' },
      ],
    };
    expect(build(c).strategyFeelings.map((p) => [p.strategy.label, p.canDo])).toEqual([
      ['quiet space', 'go to a quiet space'],
      ['a walk outside', null],
    ]);
  });
});
