import { describe, expect, it } from 'vitest';
import {
  afterPinFailure,
  isPinFormat,
  isPinHash,
  NO_PIN_ATTEMPTS,
  PIN_WAIT_MS,
  pinWaitLeft,
  toPinAttempts,
} from './staff-pin';

describe('staff PIN rules', () => {
  it('takes 4 to 8 digits only', () => {
    expect(isPinFormat('1234')).toBe(true);
    expect(isPinFormat('12345678')).toBe(true);
    expect(isPinFormat('123')).toBe(false);
    expect(isPinFormat('123456789')).toBe(false);
    expect(isPinFormat('12a4')).toBe(false);
    expect(isPinFormat(' 1234')).toBe(false);
  });

  it('asks for a wait after the fifth try in a row that did not match', () => {
    let attempts = NO_PIN_ATTEMPTS;
    for (let i = 0; i < 4; i += 1) attempts = afterPinFailure(attempts, 1000);
    expect(attempts).toEqual({ failures: 4, waitUntil: 0 });
    expect(pinWaitLeft(attempts, 1000)).toBe(0);
    attempts = afterPinFailure(attempts, 1000);
    expect(attempts).toEqual({ failures: 0, waitUntil: 1000 + PIN_WAIT_MS });
    expect(pinWaitLeft(attempts, 11_000)).toBe(PIN_WAIT_MS - 10_000);
    expect(pinWaitLeft(attempts, 1000 + PIN_WAIT_MS)).toBe(0);
  });

  it('checks stored values before trusting them', () => {
    expect(
      isPinHash({ algorithm: 'PBKDF2-SHA-256', iterations: 600_000, salt: 'a', hash: 'b' }),
    ).toBe(true);
    expect(isPinHash({ algorithm: 'MD5', iterations: 1, salt: 'a', hash: 'b' })).toBe(false);
    expect(isPinHash('1234')).toBe(false);
    expect(toPinAttempts(null)).toEqual(NO_PIN_ATTEMPTS);
    expect(toPinAttempts({ failures: 2, waitUntil: 5 })).toEqual({ failures: 2, waitUntil: 5 });
  });
});
