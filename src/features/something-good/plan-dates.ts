/**
 * The days "Something good together" offers, as local dates (yyyy-mm-dd). Pure: the caller
 * passes the clock, so tests fake it and a day never shifts with the time zone.
 */

export const WHEN_CHOICES = ['today', 'tomorrow', 'weekend'] as const;
export type WhenChoice = (typeof WHEN_CHOICES)[number];

const SATURDAY = 6;
const SUNDAY = 0;

export function toLocalDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A stored local date as a Date at local midnight, or null if it is not a real day. */
export function fromLocalDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  return date.getMonth() === month - 1 && date.getDate() === day ? date : null;
}

function addDays(date: Date, days: number): Date {
  // Calendar arithmetic, not 24-hour steps, so a clock change never skips or repeats a day.
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

/** Today, tomorrow and the weekend (next Saturday, or today when it is already the weekend). */
export function planDates(now: Date): Readonly<Record<WhenChoice, string>> {
  const day = now.getDay();
  const isWeekend = day === SATURDAY || day === SUNDAY;
  return {
    today: toLocalDate(now),
    tomorrow: toLocalDate(addDays(now, 1)),
    weekend: toLocalDate(isWeekend ? now : addDays(now, SATURDAY - day)),
  };
}
