/** Issue 13's conversation fields are optional: rows stored before them, and with them, pass. */
import { describe, expect, it } from 'vitest';
import { checkRecord } from './record-check';
import { makeConversation } from './records';
import type { Conversation } from './types';

const before = makeConversation({
  id: 'c1',
  personId: 'p1',
  firstFrameId: 'f1',
  status: 'in-progress',
  time: 5,
});

describe('the conversation fields added for making things right and the plan', () => {
  it('passes a row stored before them, unchanged (no new database version)', () => {
    expect(before).not.toHaveProperty('repairs');
    expect(checkRecord('conversations', before)).toEqual({ outcome: 'ok', record: before });
  });

  it('passes a row that has them, on the new step', () => {
    const withPlan: Conversation = {
      ...before,
      step: 'making-things-right',
      repairs: ['repair-make-card'],
      isRepairNotNow: false,
      startFrameId: 'f1',
      needs: ['need-quiet'],
      strategyFeelings: [{ strategyId: 'strategy-ask-break', feelingCardId: 'feeling-angry' }],
      preparation: {
        incidentAt: '',
        place: '',
        staffNote: '',
        staff: '',
        thirdPerson: '',
        supports: [],
        talkAt: '2026-12-05T10:00',
        talkPlace: 'quiet room',
        isAgreed: true,
      },
    };
    expect(checkRecord('conversations', withPlan)).toEqual({ outcome: 'ok', record: withPlan });
  });

  it('mends a wrong value of one of them to its empty value, not setting the record aside', () => {
    const row = { ...before, repairs: 'make a card', startFrameId: 7 };
    expect(checkRecord('conversations', row)).toMatchObject({
      outcome: 'mended',
      record: { repairs: [], startFrameId: null },
    });
  });
});
