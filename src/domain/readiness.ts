/**
 * "Are we ready?": the readiness check before a restorative conversation, from good practice
 * (Team Teach's restorative stage; see shared notes). It advises and never blocks: any
 * "not yet" suggests another day, and staff may still start.
 */
import type { ReadinessAnswer } from './types';

export const READINESS_ITEMS = [
  'calm',
  'everyone-ready',
  'staff-calm',
  'time',
  'place',
  'seating',
  'needs',
  'third-person',
  'supports',
] as const;

export type ReadinessItem = (typeof READINESS_ITEMS)[number];

export interface ReadinessSummary {
  readonly answered: number;
  readonly total: number;
  readonly notYet: readonly ReadinessItem[];
  /** Every item answered "yes". */
  readonly isReady: boolean;
}

export function isReadinessItem(value: string): value is ReadinessItem {
  return (READINESS_ITEMS as readonly string[]).includes(value);
}

export function summariseReadiness(
  answers: Readonly<Record<string, ReadinessAnswer>>,
): ReadinessSummary {
  const answered = READINESS_ITEMS.filter((item) => answers[item] !== undefined);
  const notYet = READINESS_ITEMS.filter((item) => answers[item] === 'not-yet');
  return {
    answered: answered.length,
    total: READINESS_ITEMS.length,
    notYet,
    isReady: answered.length === READINESS_ITEMS.length && notYet.length === 0,
  };
}
