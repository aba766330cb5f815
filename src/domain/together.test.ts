import { describe, expect, it } from 'vitest';
import { makeConversation } from './records';
import {
  addAffected,
  addLink,
  answerCalmFirst,
  cardIdsUsedBy,
  addFeeling,
  changeFeeling,
  choosePositive,
  feelingsIn,
  isWayOffered,
  markPositiveDone,
  planPositive,
  removeAffected,
  removeFeeling,
  setAffectedFeeling,
  showFeelingsOf,
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

  it('keeps several feelings per story step, each card once, in the order chosen', () => {
    const c = { ...fresh(), story: [...fresh().story, { id: 'f2', caption: '', placements: [] }] };
    expect(feelingsIn(c, 'f1')).toEqual([]);
    const angry = addFeeling(c, 'e1', 'f1', 'angry');
    const twoFeelings = addFeeling(addFeeling(angry, 'e2', 'f1', 'scared'), 'e3', 'f2', 'sad');
    expect(addFeeling(twoFeelings, 'e4', 'f1', 'angry')).toBe(twoFeelings);
    expect(addFeeling(c, 'e5', 'gone', 'sad')).toBe(c);
    const bigger = changeFeeling(changeFeeling(twoFeelings, 'e1', { size: 4 }), 'e1', { size: 5 });
    expect(feelingsIn(bigger, 'f1')).toEqual([
      {
        id: 'e1',
        frameId: 'f1',
        cardId: 'angry',
        size: 5,
        colour: null,
        drawingMediaId: null,
        soundId: null,
      },
      expect.objectContaining({ id: 'e2', cardId: 'scared', size: null }),
    ]);
    expect(feelingsIn(bigger, 'f2')).toEqual([
      expect.objectContaining({ id: 'e3', cardId: 'sad' }),
    ]);
    // Nothing new, a feeling that is gone, or a card the step holds already: no change.
    expect(changeFeeling(bigger, 'e1', { size: 5 })).toBe(bigger);
    expect(changeFeeling(bigger, 'gone', { size: 1 })).toBe(bigger);
    expect(changeFeeling(bigger, 'e2', { cardId: 'angry' })).toBe(bigger);
    // Another card for a feeling keeps its place and what was chosen for it.
    const worried = changeFeeling(bigger, 'e1', { cardId: 'worried' });
    expect(feelingsIn(worried, 'f1').map((f) => [f.cardId, f.size])).toEqual([
      ['worried', 5],
      ['scared', null],
    ]);
    expect(feelingsIn(removeFeeling(worried, 'e1'), 'f1').map((f) => f.id)).toEqual(['e2']);
    expect(removeFeeling(worried, 'gone')).toBe(worried);
  });

  it('takes a feeling’s sentences out with it, unless another step holds that feeling', () => {
    const twoSteps = {
      ...fresh(),
      story: [...fresh().story, { id: 'f2', caption: '', placements: [] }],
    };
    let c = addFeeling(addFeeling(twoSteps, 'e1', 'f1', 'angry'), 'e2', 'f2', 'angry');
    c = addFeeling(c, 'e3', 'f1', 'sad');
    c = addLink(addLink(c, 'l1', 'angry', 'push'), 'l2', 'sad', 'cry');
    const angryOnce = removeFeeling(c, 'e1');
    expect(angryOnce.links.map((l) => l.id)).toEqual(['l1', 'l2']);
    expect(removeFeeling(angryOnce, 'e2').links.map((l) => l.id)).toEqual(['l2']);
    expect(removeFeeling(c, 'e3').links.map((l) => l.id)).toEqual(['l1']);
  });

  it('remembers the story step "How did it feel?" shows, if it is in the story', () => {
    const c = fresh();
    expect(c.feelingsFrameId).toBeNull();
    const shown = showFeelingsOf(c, 'f1');
    expect(shown.feelingsFrameId).toBe('f1');
    expect(showFeelingsOf(shown, 'f1')).toBe(shown);
    expect(showFeelingsOf(c, 'gone')).toBe(c);
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
    c = addFeeling(c, 'e1', 'f1', 'angry');
    c = addLink(c, 'l1', 'angry', 'shout');
    c = setAffectedFeeling(addAffected(c, 'a1', { kind: 'card', cardId: 'teacher' }), 'a1', 'sad');
    c = choosePositive(toggleStrategy(c, 'break'), 'football');
    expect(cardIdsUsedBy(c).sort()).toEqual(
      ['angry', 'break', 'football', 'sad', 'shout', 'stop', 'teacher'].sort(),
    );
  });
});
