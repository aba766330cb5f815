/**
 * The OpenMoji pictures the Welcome step shows. Each must be a "symbol" in assets/starter/*.json,
 * or the build does not bundle its SVG (welcome-symbols.test.ts checks it).
 */
import type { Way } from '../../domain/types';

export const WAY_SYMBOLS: Readonly<Record<Way, string>> = {
  pictures: '1F5BC',
  photos: '1F4F7',
  drawing: '1F58D',
  puppets: '1F9F8',
  story: '1F4D5',
};

export const CHOICE_SYMBOLS = {
  someoneJoins: '1F465',
  justUs: '1F9D1-200D-1F91D-200D-1F9D1',
  calmFirst: '1F9D8',
  startNow: '1F4AC',
} as const;
