import { describe, expect, it } from 'vitest';
import { parseLocalDay, toLocalDay } from '../../domain/local-day';
import { offeredChoices, planDates } from './plan-dates';

// Local times (no "Z"), as the tablet's clock gives them.
const at = (value: string) => new Date(`${value}T10:00`);

describe('planDates', () => {
  it('offers today, tomorrow and the coming Saturday on a weekday', () => {
    // Wednesday 25 November 2026.
    expect(planDates(at('2026-11-25'))).toEqual({
      today: '2026-11-25',
      tomorrow: '2026-11-26',
      weekend: '2026-11-28',
    });
  });

  it('crosses the end of a month and of a year', () => {
    expect(planDates(at('2026-12-31'))).toEqual({
      today: '2026-12-31',
      tomorrow: '2027-01-01',
      weekend: '2027-01-02',
    });
  });

  it('takes the weekend to be today on a Saturday or a Sunday', () => {
    expect(planDates(at('2026-11-28')).weekend).toBe('2026-11-28');
    expect(planDates(at('2026-11-29')).weekend).toBe('2026-11-29');
    expect(planDates(at('2026-11-27')).weekend).toBe('2026-11-28');
  });

  it('offers one choice per day: no "At the weekend" when it is tomorrow or today', () => {
    expect(offeredChoices(planDates(at('2026-11-25')))).toEqual(['today', 'tomorrow', 'weekend']);
    // Friday: tomorrow is Saturday.
    expect(offeredChoices(planDates(at('2026-11-27')))).toEqual(['today', 'tomorrow']);
    // Saturday and Sunday: the weekend is today.
    expect(offeredChoices(planDates(at('2026-11-28')))).toEqual(['today', 'tomorrow']);
    expect(offeredChoices(planDates(at('2026-11-29')))).toEqual(['today', 'tomorrow']);
  });

  it('uses the local day late in the evening', () => {
    expect(planDates(new Date(2026, 10, 25, 23, 59)).today).toBe('2026-11-25');
  });
});

describe('local dates', () => {
  it('read back the day they were written from', () => {
    expect(toLocalDay(parseLocalDay('2026-02-09')!)).toBe('2026-02-09');
  });

  it('refuse text that is not a real day', () => {
    expect(parseLocalDay('')).toBeNull();
    expect(parseLocalDay('2026-02-30')).toBeNull();
    expect(parseLocalDay('25/11/2026')).toBeNull();
  });
});
