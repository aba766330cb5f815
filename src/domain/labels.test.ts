import { describe, expect, it } from 'vitest';
import { labelFor, pastLabelFor } from './labels';

describe('labelFor', () => {
  const labels = { en: 'angry', ar: 'غاضب', pt: 'zangado' };
  it('picks the exact language, then its base, then English', () => {
    expect(labelFor(labels, 'ar')).toBe('غاضب');
    expect(labelFor(labels, 'pt-BR')).toBe('zangado');
    expect(labelFor(labels, 'fr')).toBe('angry');
  });
  it('falls back to any label when English is missing', () => {
    expect(labelFor({ de: 'wütend' }, 'fr')).toBe('wütend');
    expect(labelFor({}, 'fr')).toBe('');
  });
});

describe('pastLabelFor', () => {
  const push = { labels: { en: 'push', ar: 'دفع' }, past: { en: 'pushed' } };
  it('gives the past-tense words in the language the label is shown in', () => {
    expect(pastLabelFor(push, 'en-GB')).toBe('pushed');
    expect(pastLabelFor(push, 'fr')).toBe('pushed');
  });
  it('gives none where the label is in a language without one, or for a card without any', () => {
    // The Arabic word is shown: an English "pushed" beside it would mix two languages.
    expect(pastLabelFor(push, 'ar')).toBeNull();
    expect(pastLabelFor({ labels: { en: 'dining hall' } }, 'en')).toBeNull();
  });
});
