import { describe, expect, it } from 'vitest';
import { isPinFormat, isPinHash } from './staff-pin';

describe('staff PIN rules', () => {
  it('takes 4 to 8 digits only', () => {
    expect(isPinFormat('1234')).toBe(true);
    expect(isPinFormat('12345678')).toBe(true);
    expect(isPinFormat('123')).toBe(false);
    expect(isPinFormat('123456789')).toBe(false);
    expect(isPinFormat('12a4')).toBe(false);
    expect(isPinFormat(' 1234')).toBe(false);
  });

  it('checks stored values before trusting them', () => {
    expect(
      isPinHash({ algorithm: 'PBKDF2-SHA-256', iterations: 600_000, salt: 'a', hash: 'b' }),
    ).toBe(true);
    expect(isPinHash({ algorithm: 'MD5', iterations: 1, salt: 'a', hash: 'b' })).toBe(false);
    expect(isPinHash('1234')).toBe(false);
  });
});
