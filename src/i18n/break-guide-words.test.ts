import { describe, expect, it } from 'vitest';
import breakNs from './locales/en/break.json';
import guide from './locales/en/guide.json';

function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

describe('the Break and staff guide words', () => {
  it('are calm and never judgemental', () => {
    const judgemental = /\b(bad|naughty|wrong|fault|punish\w*|blame\w*|behave)\b/i;
    const words = [...allStrings(breakNs), ...allStrings(guide)];
    expect(words.filter((s) => judgemental.test(s))).toEqual([]);
  });

  it('keep the stable English names', () => {
    expect(breakNs).toMatchObject({
      button: 'Break',
      heading: 'Take a break',
      back: 'Back to talking',
    });
    expect(guide.toggle).toBe('Staff guide');
    expect(guide.reassurance.notInTrouble).toBe('You are not in trouble.');
  });
});
