import { describe, expect, it } from 'vitest';
import { hashPin, PIN_HASH_ITERATIONS, verifyPin } from './pin-hash';

describe('PIN hashing', () => {
  it('keeps the algorithm, at least 600,000 iterations, a 16-byte salt and a 32-byte hash', async () => {
    const stored = await hashPin('2468');
    expect(stored.algorithm).toBe('PBKDF2-SHA-256');
    expect(stored.iterations).toBe(PIN_HASH_ITERATIONS);
    expect(stored.iterations).toBeGreaterThanOrEqual(600_000);
    expect(atob(stored.salt)).toHaveLength(16);
    expect(atob(stored.hash)).toHaveLength(32);
    expect(JSON.stringify(stored)).not.toContain('2468');
  });

  it('verifies the same PIN and refuses a different one', async () => {
    const stored = await hashPin('2468');
    expect(await verifyPin('2468', stored)).toBe(true);
    expect(await verifyPin('2469', stored)).toBe(false);
    expect(await verifyPin('24680', stored)).toBe(false);
    expect(await verifyPin('', stored)).toBe(false);
  });

  it('uses a fresh salt each time, so the same PIN never gives the same hash', async () => {
    const first = await hashPin('2468');
    const second = await hashPin('2468');
    expect(first.salt).not.toBe(second.salt);
    expect(first.hash).not.toBe(second.hash);
  });

  it('checks with the iterations stored beside the hash', async () => {
    const stored = await hashPin('1357', 1000);
    expect(stored.iterations).toBe(1000);
    expect(await verifyPin('1357', stored)).toBe(true);
    expect(await verifyPin('1357', { ...stored, iterations: 1001 })).toBe(false);
  });

  it('never opens with a damaged stored value', async () => {
    const stored = await hashPin('1357', 1000);
    expect(await verifyPin('1357', { ...stored, salt: '%%%' })).toBe(false);
    expect(await verifyPin('1357', { ...stored, hash: stored.hash.slice(4) })).toBe(false);
  });
});
