import { describe, expect, it } from 'vitest';
import { labelFor } from './labels';

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
