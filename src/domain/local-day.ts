/**
 * Local days as Restory stores them (yyyy-mm-dd, the tablet's own calendar, no time zone): made
 * from a Date, read back, and said in words. One place, so every screen agrees on what a stored
 * day means.
 */

export function toLocalDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A stored local day as a Date at local midnight, or null if it is not a real day. */
export function parseLocalDay(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  return date.getMonth() === month - 1 && date.getDate() === day ? date : null;
}

/** A stored local day in words ("Thursday 26 November 2026"), or '' if it is not a day. */
export function dayInWords(value: string, language: string, { withYear = true } = {}): string {
  const date = parseLocalDay(value);
  if (!date) return '';
  return date.toLocaleDateString(language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
  });
}
