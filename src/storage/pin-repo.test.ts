import { afterEach, describe, expect, it, vi } from 'vitest';
import { PIN_LONGEST_WAIT_MS, toPinAttempts } from '../domain/pin-tries';
import { db } from './database';
import {
  claimStaffPinTry,
  clearPinAttempts,
  settleStaffPinWait,
  STAFF_PIN_ATTEMPTS_KEY,
} from './pin-repo';

const SECOND = 1000;
const storedAttempts = async () =>
  toPinAttempts((await db.settings.get(STAFF_PIN_ATTEMPTS_KEY))?.value);

const RIGHT_PIN = '2468';

/**
 * The slow hash check (lib/pin-hash, which storage may not import), stood in for by a pause: what
 * matters here is that it runs after the claim and outside its transaction, as PBKDF2 does.
 */
async function slowCheck(pin: string): Promise<boolean> {
  await new Promise((resolve) => setTimeout(resolve, 5));
  return pin === RIGHT_PIN;
}

/** One tab's try, as the PIN prompt makes it: claim, then (only if granted) the slow check. */
async function tryPin(pin: string): Promise<'refused' | 'no-match' | 'match'> {
  if (!(await claimStaffPinTry()).isClaimed) return 'refused';
  if (!(await slowCheck(pin))) return 'no-match';
  await clearPinAttempts();
  return 'match';
}

afterEach(() => {
  vi.useRealTimers();
});

describe('tries of the staff PIN, shared by every tab', () => {
  it('tabs guessing at once get no more PINs checked than the rule allows', async () => {
    // Forty tries at once, as from forty tabs: each claims, then checks outside the transaction.
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, (_, i) => tryPin(String(1000 + i))),
    );
    expect(outcomes.filter((outcome) => outcome === 'no-match')).toHaveLength(5);
    expect(outcomes.filter((outcome) => outcome === 'refused')).toHaveLength(35);
    const attempts = await storedAttempts();
    expect(attempts).toMatchObject({ failures: 0, rounds: 1 });
    expect(attempts.waitUntil - Date.now()).toBeGreaterThan(25 * SECOND);
  });

  it('a PIN that matches clears the count, its rounds and the wait', async () => {
    for (let i = 0; i < 4; i += 1) expect(await tryPin('1111')).toBe('no-match');
    expect(await tryPin(RIGHT_PIN)).toBe('match');
    expect(await db.settings.get(STAFF_PIN_ATTEMPTS_KEY)).toBeUndefined();
  });

  it('even the right PIN is not checked during a wait', async () => {
    for (let i = 0; i < 5; i += 1) await tryPin('1111');
    expect(await tryPin(RIGHT_PIN)).toBe('refused');
    expect((await storedAttempts()).rounds).toBe(1);
  });

  it('waits grow round after round, and a reload keeps them', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = new Date('2025-03-01T09:00:00Z').getTime();
    vi.setSystemTime(start);
    let time = start;
    for (const wait of [30, 60, 120, 240]) {
      for (let i = 0; i < 5; i += 1) expect(await tryPin('1111')).toBe('no-match');
      vi.setSystemTime(time + (wait - 1) * SECOND);
      expect(await tryPin('1111')).toBe('refused');
      time += wait * SECOND;
      vi.setSystemTime(time);
    }
    expect(await storedAttempts()).toMatchObject({ failures: 0, rounds: 4 });
  });

  it('a wait the clock went back on, or one far in the future, runs from now at most', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(1_000_000_000_000);
    await db.settings.put({
      key: STAFF_PIN_ATTEMPTS_KEY,
      value: { failures: 0, rounds: 50, waitUntil: 8_998_203_614_937_000 },
    });
    await settleStaffPinWait();
    expect((await storedAttempts()).waitUntil).toBe(1_000_000_000_000 + PIN_LONGEST_WAIT_MS);

    // A 30-second wait, then the clock goes back a day: still 30 seconds from now, no more.
    await db.settings.put({
      key: STAFF_PIN_ATTEMPTS_KEY,
      value: { failures: 0, rounds: 1, waitUntil: 1_000_000_000_000 + 30 * SECOND },
    });
    vi.setSystemTime(1_000_000_000_000 - 24 * 3600 * SECOND);
    expect((await claimStaffPinTry()).isClaimed).toBe(false);
    expect((await storedAttempts()).waitUntil).toBe(Date.now() + 30 * SECOND);
    vi.setSystemTime(Date.now() + 30 * SECOND);
    expect((await claimStaffPinTry()).isClaimed).toBe(true);
  });
});
