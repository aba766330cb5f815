import { describe, expect, it } from 'vitest';
import { makeConversation } from './records';
import {
  addAffected,
  addLink,
  answerCalmFirst,
  cardIdsUsedBy,
  changeFeeling,
  choosePositive,
  feelingFor,
  isWayOffered,
  markPositiveDone,
  planPositive,
  removeAffected,
  setAffectedFeeling,
  stepBeside,
  toggleCommitment,
  toggleStrategy,
  toggleWay,
} from './together';
import type { Conversation } from './types';

const fresh = (): Conversation =>
  makeConversation({
    id: 'c1',
    personId: 'p1',
    firstFrameId: 'f1',
    status: 'in-progress',
    time: 1,
  });

describe('Together rules', () => {
  it('walks the steps in order and stops at both ends', () => {
    expect(stepBeside('welcome', -1)).toBeUndefined();
    expect(stepBeside('welcome', 1)).toBe('what-happened');
    expect(stepBeside('something-good', 1)).toBe('finish');
    expect(stepBeside('finish', 1)).toBeUndefined();
  });

  it('stores "something calm first" and its break as one change', () => {
    const c = fresh();
    const calm = answerCalmFirst(c, true);
    expect(calm).toMatchObject({ isOnBreak: true, welcome: { isCalmFirst: true } });
    // Back to talking, then "yes" again: another break, the answer as it was.
    const again = answerCalmFirst({ ...calm, isOnBreak: false }, true);
    expect(again.isOnBreak).toBe(true);
    const startNow = answerCalmFirst(c, false);
    expect(startNow).toMatchObject({ isOnBreak: false, welcome: { isCalmFirst: false } });
    expect(answerCalmFirst(startNow, false)).toBe(startNow);
    expect(answerCalmFirst(calm, true)).toBe(calm);
  });

  it('offers every tool until ways are chosen, then only those', () => {
    const c = fresh();
    expect(isWayOffered(c, 'drawing')).toBe(true);
    const chosen = toggleWay(toggleWay(c, 'puppets'), 'pictures');
    expect(chosen.welcome.ways).toEqual(['pictures', 'puppets']);
    expect(isWayOffered(chosen, 'drawing')).toBe(false);
    expect(isWayOffered(chosen, 'puppets')).toBe(true);
    expect(toggleWay(chosen, 'puppets').welcome.ways).toEqual(['pictures']);
  });

  it('keeps one feeling per story step and ignores steps that are not in the story', () => {
    const c = fresh();
    expect(feelingFor(c, 'f1')).toMatchObject({ cardId: null, size: null });
    const angry = changeFeeling(c, 'f1', { cardId: 'angry', size: 4 });
    const bigger = changeFeeling(angry, 'f1', { size: 5 });
    expect(bigger.feelings).toEqual([
      {
        frameId: 'f1',
        cardId: 'angry',
        size: 5,
        colour: null,
        drawingMediaId: null,
        soundId: null,
      },
    ]);
    expect(changeFeeling(bigger, 'f1', { size: 5 })).toBe(bigger);
    expect(changeFeeling(c, 'gone', { cardId: 'sad' })).toBe(c);
  });

  it('links a feeling with a behaviour once', () => {
    const linked = addLink(fresh(), 'l1', 'angry', 'shout');
    expect(linked.links).toEqual([{ id: 'l1', feelingCardId: 'angry', behaviourCardId: 'shout' }]);
    expect(addLink(linked, 'l2', 'angry', 'shout')).toBe(linked);
  });

  it('marks who was affected once each, with how they might have felt', () => {
    let c = addAffected(fresh(), 'a1', { kind: 'self' });
    c = addAffected(c, 'a2', { kind: 'named', name: '  Jo ' });
    expect(addAffected(c, 'a3', { kind: 'named', name: 'Jo' })).toBe(c);
    expect(addAffected(c, 'a3', { kind: 'named', name: '   ' })).toBe(c);
    c = setAffectedFeeling(c, 'a2', 'sad');
    expect(c.affected).toEqual([
      { id: 'a1', who: { kind: 'self' }, feelingCardId: null },
      { id: 'a2', who: { kind: 'named', name: 'Jo' }, feelingCardId: 'sad' },
    ]);
    expect(removeAffected(c, 'a1').affected.map((a) => a.id)).toEqual(['a2']);
  });

  it('toggles strategies and keeps staff commitments in their fixed order', () => {
    const c = toggleStrategy(toggleStrategy(fresh(), 'break'), 'music');
    expect(c.strategies).toEqual(['break', 'music']);
    expect(toggleStrategy(c, 'break').strategies).toEqual(['music']);
    const staff = toggleCommitment(toggleCommitment(fresh(), 'listenFirst'), 'warnBeforeChanges');
    expect(staff.commitments).toEqual(['warnBeforeChanges', 'listenFirst']);
  });

  it('plans the positive activity and marks it done', () => {
    const c = planPositive(choosePositive(fresh(), 'football'), '2026-11-25');
    expect(c.positive).toEqual({ activityId: 'football', plannedFor: '2026-11-25', doneAt: null });
    expect(markPositiveDone(c, 99).positive?.doneAt).toBe(99);
    expect(planPositive(fresh(), '2026-11-25')).toEqual(fresh());
  });

  it('lists every card a conversation refers to, once', () => {
    let c: Conversation = {
      ...fresh(),
      story: [
        {
          id: 'f1',
          caption: '',
          placements: [
            {
              id: 'p1',
              cardId: 'teacher',
              bubbles: [{ id: 'b1', kind: 'they-said', text: '', cardId: 'stop' }],
            },
          ],
        },
      ],
    };
    c = changeFeeling(c, 'f1', { cardId: 'angry' });
    c = addLink(c, 'l1', 'angry', 'shout');
    c = setAffectedFeeling(addAffected(c, 'a1', { kind: 'card', cardId: 'teacher' }), 'a1', 'sad');
    c = choosePositive(toggleStrategy(c, 'break'), 'football');
    expect(cardIdsUsedBy(c).sort()).toEqual(
      ['angry', 'break', 'football', 'sad', 'shout', 'stop', 'teacher'].sort(),
    );
  });
});
