import { describe, expect, it } from 'vitest';
import { genderedLabel, labelFor, pastLabelFor } from './labels';

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

describe('genderedLabel', () => {
  const angry = {
    labels: { en: 'angry', es: 'enfadado', pl: 'złość' },
    genderedLabels: { feminine: { es: 'enfadada' } },
  };
  it('gives the form for the person’s gender where the language has one', () => {
    expect(genderedLabel(angry, 'es', 'feminine')).toBe('enfadada');
    expect(genderedLabel(angry, 'es-MX', 'feminine')).toBe('enfadada');
  });
  it('gives the usual label with no gender, no form for that gender, or one form only', () => {
    expect(genderedLabel(angry, 'es', undefined)).toBe('enfadado');
    expect(genderedLabel(angry, 'es', 'masculine')).toBe('enfadado');
    expect(genderedLabel(angry, 'pl', 'feminine')).toBe('złość');
    expect(genderedLabel({ labels: { es: 'triste' } }, 'es', 'feminine')).toBe('triste');
  });
  it('takes a form only in the language the label is shown in', () => {
    // French falls back to the English label: a Spanish form beside it would mix two languages.
    expect(genderedLabel(angry, 'fr', 'feminine')).toBe('angry');
    expect(
      genderedLabel({ labels: {}, genderedLabels: { feminine: { es: 'sola' } } }, 'es', 'feminine'),
    ).toBe('');
  });
});

describe('pastLabelFor with a gender', () => {
  const shout = {
    labels: { en: 'shout', pl: 'krzyczeć' },
    past: { en: 'shouted', pl: 'krzyczałem/krzyczałam' },
    genderedPast: { feminine: { pl: 'krzyczałam' }, masculine: { pl: 'krzyczałem' } },
  };
  it('gives the past form for the person’s gender, else both forms', () => {
    expect(pastLabelFor(shout, 'pl', 'feminine')).toBe('krzyczałam');
    expect(pastLabelFor(shout, 'pl', 'masculine')).toBe('krzyczałem');
    expect(pastLabelFor(shout, 'pl')).toBe('krzyczałem/krzyczałam');
    expect(pastLabelFor(shout, 'en', 'feminine')).toBe('shouted');
  });
});
