import { describe, expect, it } from 'vitest';
import { firstStepOf, stepBesideIn, stepsOf } from './conversation-kinds';

describe('the steps of each kind of conversation', () => {
  it('walks the individual’s own steps in order and stops at both ends', () => {
    expect(stepBesideIn('own', 'welcome', -1)).toBeUndefined();
    expect(stepBesideIn('own', 'welcome', 1)).toBe('what-happened');
    expect(stepBesideIn('own', 'who-was-affected', 1)).toBe('making-things-right');
    expect(stepBesideIn('own', 'making-things-right', 1)).toBe('what-can-help');
    expect(stepsOf('affected')).not.toContain('making-things-right');
    expect(stepBesideIn('own', 'something-good', 1)).toBe('finish');
    expect(stepBesideIn('own', 'finish', 1)).toBeUndefined();
    expect(stepsOf('own')).not.toContain('harmed-thought');
  });

  it('gives a talk with someone affected their story, feelings, the questions for those harmed and Finish', () => {
    expect(firstStepOf('affected')).toBe('what-happened');
    expect(stepsOf('affected')).toEqual([
      'what-happened',
      'how-did-it-feel',
      'harmed-thought',
      'harmed-impact',
      'harmed-hardest',
      'harmed-make-right',
      'finish',
    ]);
    expect(stepBesideIn('affected', 'how-did-it-feel', 1)).toBe('harmed-thought');
    // Never the individual's own steps, where the person who caused harm is asked.
    expect(stepsOf('affected')).not.toContain('who-was-affected');
    expect(stepBesideIn('affected', 'welcome', 1)).toBeUndefined();
  });
});
