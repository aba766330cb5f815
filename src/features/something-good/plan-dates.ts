/**
 * The days "Something good together" offers, as local dates (yyyy-mm-dd). Pure: the caller
 * passes the clock, so tests fake it and a day never shifts with the time zone.
 */
import { toLocalDay } from '../../domain/local-day';

export const WHEN_CHOICES = ['today', 'tomorrow', 'weekend'] as const;
export type WhenChoice = (typeof WHEN_CHOICES)[number];

const SATURDAY = 6;
const SUNDAY = 0;

function addDays(date: Date, days: number): Date {
  // Calendar arithmetic, not 24-hour steps, so a clock change never skips or repeats a day.
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

/** Today, tomorrow and the weekend (next Saturday, or today when it is already the weekend). */
export function planDates(now: Date): Readonly<Record<WhenChoice, string>> {
  const day = now.getDay();
  const isWeekend = day === SATURDAY || day === SUNDAY;
  return {
    today: toLocalDay(now),
    tomorrow: toLocalDay(addDays(now, 1)),
    weekend: toLocalDay(isWeekend ? now : addDays(now, SATURDAY - day)),
  };
}

/**
 * The choices to offer, one per day: on a Friday "Tomorrow" is the weekend, and at the weekend
 * "Today" is, so the later name is left out and a chosen day ticks one choice only.
 */
export function offeredChoices(dates: Readonly<Record<WhenChoice, string>>): WhenChoice[] {
  const seen = new Set<string>();
  return WHEN_CHOICES.filter((choice) => {
    if (seen.has(dates[choice])) return false;
    seen.add(dates[choice]);
    return true;
  });
}
