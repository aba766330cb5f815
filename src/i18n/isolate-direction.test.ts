import { describe, expect, it } from 'vitest';
import {
  FIRST_STRONG_ISOLATE as FSI,
  isolateDirection,
  POP_DIRECTIONAL_ISOLATE as PDI,
} from './isolate-direction';

const OVERRIDE = '\u202e';

describe('isolating typed words from the sentence around them', () => {
  it('isolates a right-to-left override, right-to-left letters and Arabic digits', () => {
    expect(isolateDirection(`${OVERRIDE}Bob`, 'ltr')).toBe(`${FSI}${OVERRIDE}Bob${PDI}`);
    expect(isolateDirection('שרה', 'ltr')).toBe(`${FSI}שרה${PDI}`);
    expect(isolateDirection('Sam سام', 'ltr')).toBe(`${FSI}Sam سام${PDI}`);
    expect(isolateDirection('٣', 'ltr')).toBe(`${FSI}٣${PDI}`);
    // Every kind of direction control, including a lone isolate that would swallow the rest.
    for (const control of ['\u200f', '\u061c', '\u202a', '\u202b', '\u202d', '\u2066', '\u2068'])
      expect(isolateDirection(`a${control}b`, 'ltr')).toBe(`${FSI}a${control}b${PDI}`);
  });

  it('leaves left-to-right words, digits and punctuation as they are on a left-to-right page', () => {
    for (const plain of ['Alex', 'Zoë-Marie O’Neil', '12', 'we had lunch!', ''])
      expect(isolateDirection(plain, 'ltr')).toBe(plain);
  });

  it('isolates every value on a right-to-left page, where even "Bob!" would reorder', () => {
    expect(isolateDirection('Bob!', 'rtl')).toBe(`${FSI}Bob!${PDI}`);
    expect(isolateDirection('', 'rtl')).toBe('');
  });
});
