/**
 * Take-up time: the calm pause staff give after a question, so the individual can think and
 * answer in their own time. The wait is shown, never enforced: nothing moves on when it ends.
 */

export const MIN_TAKE_UP_SECONDS = 10;
export const MAX_TAKE_UP_SECONDS = 30;
export const DEFAULT_TAKE_UP_SECONDS = 15;
/** The choices offered in Settings: few, round numbers, easy to pick on a tablet. */
export const TAKE_UP_CHOICES = [10, 15, 20, 25, 30] as const;

/** Any stored or typed value as a whole number of seconds within 10–30; junk gives the default. */
export function normaliseTakeUpSeconds(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_TAKE_UP_SECONDS;
  return Math.min(MAX_TAKE_UP_SECONDS, Math.max(MIN_TAKE_UP_SECONDS, Math.round(value)));
}

/** Whole seconds still to wait, counting a started second as a full one (15, 14 … 1, then 0). */
export function secondsLeft(startedAt: number, now: number, totalSeconds: number): number {
  const elapsed = Math.max(0, now - startedAt);
  return Math.max(0, Math.ceil(totalSeconds - elapsed / 1000));
}

/** How much of the wait is left, from 1 (just started) to 0 (done). */
export function fractionLeft(startedAt: number, now: number, totalSeconds: number): number {
  if (totalSeconds <= 0) return 0;
  const elapsed = Math.max(0, now - startedAt) / 1000;
  return Math.min(1, Math.max(0, 1 - elapsed / totalSeconds));
}
