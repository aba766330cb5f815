import { describe, expect, it } from 'vitest';
import { READINESS_ITEMS, isReadinessItem, summariseReadiness } from './readiness';

describe('summariseReadiness', () => {
  it('is not ready until every item is answered yes', () => {
    expect(summariseReadiness({})).toEqual({
      answered: 0,
      total: READINESS_ITEMS.length,
      notYet: [],
      isReady: false,
    });
    const allYes = Object.fromEntries(READINESS_ITEMS.map((i) => [i, 'yes' as const]));
    expect(summariseReadiness(allYes).isReady).toBe(true);
  });

  it('lists every "not yet", in checklist order', () => {
    const answers = { seating: 'not-yet', calm: 'not-yet', time: 'yes' } as const;
    const summary = summariseReadiness(answers);
    expect(summary.notYet).toEqual(['calm', 'seating']);
    expect(summary.answered).toBe(3);
    expect(summary.isReady).toBe(false);
  });

  it('ignores answers to items it does not know', () => {
    expect(summariseReadiness({ 'old-item': 'not-yet' }).notYet).toEqual([]);
    expect(isReadinessItem('calm')).toBe(true);
    expect(isReadinessItem('old-item')).toBe(false);
  });

  it('asks staff to check themselves: calm and ready to listen', () => {
    expect(READINESS_ITEMS).toContain('staff-calm');
    // A conversation answered before the item existed is not ready until it is answered.
    const before = Object.fromEntries(
      READINESS_ITEMS.filter((i) => i !== 'staff-calm').map((i) => [i, 'yes' as const]),
    );
    expect(summariseReadiness(before).isReady).toBe(false);
  });
});
