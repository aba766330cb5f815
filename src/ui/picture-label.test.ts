import { describe, expect, it } from 'vitest';
import { labelFit } from './picture';

describe('a picture’s word on its card', () => {
  it('is set smaller when a word is long, so it never breaks inside the word', () => {
    expect(labelFit('angry')).toBe('normal');
    expect(labelFit('ask for a break')).toBe('normal');
    expect(labelFit('overwhelmed')).toBe('long');
    expect(labelFit('embarrassed')).toBe('long');
  });

  it('may wrap anywhere only when a word is too long for any card', () => {
    expect(labelFit('Bartholomew'.repeat(3))).toBe('unbroken');
    expect(labelFit('')).toBe('normal');
  });
});
