import { describe, expect, it } from 'vitest';
import { makeConversation } from './records';
import { stepBesideIn } from './conversation-kinds';
import { addFeeling, cardIdsUsedBy, toggleStrategy } from './together';
import {
  answerRepairNotNow,
  feelingsHad,
  feelingTiedTo,
  isRepairNotNow,
  needsOf,
  repairsOf,
  startFrameIn,
  nextTimePartAfter,
  nextTimePartsAsked,
  tiesOfChosen,
  toggleNeed,
  toggleRepair,
  toggleStartFrame,
  toggleStrategyFeeling,
} from './together-plan';
import type { Conversation } from './types';

/** A conversation as stored before issue 13: none of the new fields are there. */
const fresh = (): Conversation =>
  makeConversation({
    id: 'c1',
    personId: 'p1',
    firstFrameId: 'f1',
    status: 'in-progress',
    time: 1,
  });

const twoSteps = (): Conversation => {
  const c = fresh();
  return { ...c, story: [...c.story, { id: 'f2', caption: '', placements: [] }] };
};

describe('"Making things right"', () => {
  it('comes after "Who was affected?" and before "What can help next time?"', () => {
    expect(stepBesideIn('own', 'who-was-affected', 1)).toBe('making-things-right');
    expect(stepBesideIn('own', 'making-things-right', 1)).toBe('what-can-help');
  });

  it('reads a record without the new fields as nothing chosen', () => {
    const c = fresh();
    expect(repairsOf(c)).toEqual([]);
    expect(isRepairNotNow(c)).toBe(false);
    expect(needsOf(c)).toEqual([]);
    expect(startFrameIn(c)).toBeNull();
    expect(tiesOfChosen(c)).toEqual([]);
  });

  it('keeps repairs in the order chosen and unchooses one tapped again', () => {
    let c = toggleRepair(fresh(), 'repair-make-card');
    c = toggleRepair(c, 'repair-say-sorry');
    expect(repairsOf(c)).toEqual(['repair-make-card', 'repair-say-sorry']);
    c = toggleRepair(c, 'repair-make-card');
    expect(repairsOf(c)).toEqual(['repair-say-sorry']);
  });

  it('takes "not now" as an answer, and a repair chosen later takes it back', () => {
    let c = toggleRepair(fresh(), 'repair-make-card');
    c = answerRepairNotNow(c, true);
    expect(isRepairNotNow(c)).toBe(true);
    expect(repairsOf(c)).toEqual([]);
    expect(answerRepairNotNow(c, true)).toBe(c);
    c = toggleRepair(c, 'repair-give-back');
    expect(isRepairNotNow(c)).toBe(false);
    expect(repairsOf(c)).toEqual(['repair-give-back']);
    c = answerRepairNotNow(answerRepairNotNow(c, true), false);
    expect(isRepairNotNow(c)).toBe(false);
  });
});

describe('"It started here"', () => {
  it('marks one step at a time, moves the mark, and takes it off when tapped again', () => {
    let c = toggleStartFrame(twoSteps(), 'f1');
    expect(startFrameIn(c)).toBe('f1');
    c = toggleStartFrame(c, 'f2');
    expect(startFrameIn(c)).toBe('f2');
    c = toggleStartFrame(c, 'f2');
    expect(startFrameIn(c)).toBeNull();
  });

  it('never marks a step that is not in the story, and forgets a deleted one', () => {
    const c = twoSteps();
    expect(toggleStartFrame(c, 'gone')).toBe(c);
    const marked = toggleStartFrame(c, 'f2');
    expect(startFrameIn({ ...marked, story: marked.story.slice(0, 1) })).toBeNull();
  });
});

describe('what I needed, and strategies tied to a feeling', () => {
  it('keeps needs in the order chosen', () => {
    let c = toggleNeed(fresh(), 'need-quiet');
    c = toggleNeed(c, 'need-break');
    expect(needsOf(c)).toEqual(['need-quiet', 'need-break']);
    expect(needsOf(toggleNeed(c, 'need-quiet'))).toEqual(['need-break']);
  });

  it('lists the feelings had once each, in story order', () => {
    let c = twoSteps();
    c = addFeeling(c, 'x1', 'f2', 'feeling-sad');
    c = addFeeling(c, 'x2', 'f1', 'feeling-angry');
    c = addFeeling(c, 'x3', 'f2', 'feeling-angry');
    expect(feelingsHad(c)).toEqual(['feeling-angry', 'feeling-sad']);
  });

  it('ties a chosen strategy to one feeling, replaces it, and unties it', () => {
    let c = toggleStrategy(fresh(), 'strategy-ask-break');
    expect(toggleStrategyFeeling(c, 'strategy-walk', 'feeling-angry')).toEqual(c);
    c = toggleStrategyFeeling(c, 'strategy-ask-break', 'feeling-angry');
    expect(feelingTiedTo(c, 'strategy-ask-break')).toBe('feeling-angry');
    c = toggleStrategyFeeling(c, 'strategy-ask-break', 'feeling-sad');
    expect(tiesOfChosen(c)).toEqual([
      { strategyId: 'strategy-ask-break', feelingCardId: 'feeling-sad' },
    ]);
    expect(cardIdsUsedBy(c)).toEqual(expect.arrayContaining(['feeling-sad']));
    c = toggleStrategyFeeling(c, 'strategy-ask-break', 'feeling-sad');
    expect(feelingTiedTo(c, 'strategy-ask-break')).toBeNull();
  });

  it('unties a strategy when it is unchosen', () => {
    let c = toggleStrategy(fresh(), 'strategy-ask-break');
    c = toggleStrategyFeeling(c, 'strategy-ask-break', 'feeling-angry');
    c = toggleStrategy(c, 'strategy-ask-break');
    expect(c.strategyFeelings).toEqual([]);
  });

  it('asks "When I feel …" only once something is chosen, and goes on from the record', () => {
    const offered = ['needs', 'strategies', 'ties', 'staff'] as const;
    const none = fresh();
    expect(nextTimePartsAsked(none, offered)).toEqual(['needs', 'strategies', 'staff']);
    expect(nextTimePartAfter(none, offered, 'strategies')).toBe('staff');
    const chosen = toggleStrategy(none, 'strategy-ask-break');
    expect(nextTimePartAfter(chosen, offered, 'strategies')).toBe('ties');
    expect(nextTimePartAfter(chosen, offered, 'staff')).toBe('staff');
  });
});
