import { describe, expect, it } from 'vitest';
import { cssString, printMarkRule } from './print-mark';

describe('the print mark', () => {
  it('puts the words in the head of every printed page', () => {
    expect(printMarkRule('Confidential · printed 4 December 2026')).toBe(
      '@page { @top-center { content: "Confidential · printed 4 December 2026"; } }',
    );
  });

  it('keeps any words one CSS string, so no text can end the rule early', () => {
    expect(cssString('a "quoted" \\ back\nslash')).toBe('"a \\"quoted\\" \\\\ back slash"');
    expect(cssString('"; } body { display: none')).toBe('"\\"; } body { display: none"');
  });
});
