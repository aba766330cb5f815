import { describe, expect, it } from 'vitest';
import { parseLabels } from './starter-content';

describe('parseLabels: words for a feminine or masculine person', () => {
  const words = {
    formatVersion: 1,
    language: 'es',
    labels: { 'feeling-angry': 'enfadado', 'starter-shout': 'gritar' },
    past: { 'starter-shout': 'grité' },
  };

  it('keeps the forms a file gives, and gives none when it has none', () => {
    const parsed = parseLabels(
      { ...words, feminine: { labels: { 'feeling-angry': 'enfadada' } } },
      'es',
    );
    expect(parsed.feminine).toEqual({ labels: { 'feeling-angry': 'enfadada' }, past: {} });
    expect(parsed.masculine).toBeUndefined();
    expect(parseLabels(words, 'es')).not.toHaveProperty('feminine');
  });

  it('refuses a form of a word the file does not have, or an empty one', () => {
    expect(() =>
      parseLabels({ ...words, feminine: { labels: { 'feeling-sad': 'triste' } } }, 'es'),
    ).toThrow(/feminine labels for feeling-sad/);
    // A past form belongs to a past word, not to the card's label.
    expect(() =>
      parseLabels({ ...words, masculine: { past: { 'feeling-angry': 'me enfadé' } } }, 'es'),
    ).toThrow(/masculine past for feeling-angry/);
    expect(() =>
      parseLabels({ ...words, feminine: { labels: { 'feeling-angry': '' } } }, 'es'),
    ).toThrow();
  });
});
