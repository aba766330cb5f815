import { describe, expect, it } from 'vitest';
import {
  formatRecoveryKey,
  parseRecoveryKey,
  rewrapKeys,
  setUpKeys,
  unlockKeys,
  WrongSecretError,
} from './protection-keys';
import { openFields, sealFields } from './record-seal';

/** Few iterations keep the tests quick; the stored count is what unlocking uses. */
const QUICK = 1000;

describe('the keys of "Protect with a passcode"', () => {
  it('opens with the passcode or the recovery key, and with nothing else', async () => {
    const { vault, dataKey, recoveryKey } = await setUpKeys('river-lamp-42', QUICK);
    const sealed = await sealFields(dataKey, 'people', 'p1', { displayName: 'Sam' });

    const byPasscode = await unlockKeys(vault, { passcode: 'river-lamp-42' });
    expect(await openFields(byPasscode, 'people', 'p1', sealed)).toEqual({ displayName: 'Sam' });
    const byRecovery = await unlockKeys(vault, { recoveryKey: recoveryKey.toLowerCase() });
    expect(await openFields(byRecovery, 'people', 'p1', sealed)).toEqual({ displayName: 'Sam' });

    await expect(unlockKeys(vault, { passcode: 'river-lamp-43' })).rejects.toThrow(
      WrongSecretError,
    );
    const other = (await setUpKeys('x', QUICK)).recoveryKey;
    await expect(unlockKeys(vault, { recoveryKey: other })).rejects.toThrow(WrongSecretError);
    await expect(unlockKeys(vault, { recoveryKey: 'not a key' })).rejects.toThrow(WrongSecretError);
  });

  it('keeps the key in memory only: it cannot be exported', async () => {
    const { dataKey } = await setUpKeys('river-lamp-42', QUICK);
    expect(dataKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', dataKey)).rejects.toThrow();
  });

  it('stores nothing that reads as the passcode or the recovery key', async () => {
    const { vault, recoveryKey } = await setUpKeys('river-lamp-42', QUICK);
    const stored = JSON.stringify(vault);
    expect(stored).not.toContain('river-lamp-42');
    expect(stored).not.toContain(recoveryKey.replace(/-/g, ''));
    expect(vault.kdf).toMatchObject({ algorithm: 'PBKDF2-SHA-256', iterations: QUICK });
  });

  it('changes the passcode, or resets a forgotten one with the recovery key, without re-sealing', async () => {
    const { vault, dataKey, recoveryKey } = await setUpKeys('old-passcode', QUICK);
    const sealed = await sealFields(dataKey, 'notes', 'n1', { text: 'a staff note' });

    const changed = await rewrapKeys(vault, { passcode: 'old-passcode' }, 'new-passcode');
    await expect(unlockKeys(changed, { passcode: 'old-passcode' })).rejects.toThrow(
      WrongSecretError,
    );
    const opened = await unlockKeys(changed, { passcode: 'new-passcode' });
    expect(await openFields(opened, 'notes', 'n1', sealed)).toEqual({ text: 'a staff note' });

    const reset = await rewrapKeys(changed, { recoveryKey }, 'third-passcode');
    const again = await unlockKeys(reset, { passcode: 'third-passcode' });
    expect(await openFields(again, 'notes', 'n1', sealed)).toEqual({ text: 'a staff note' });
    // The recovery key still opens it, and a wrong old passcode changes nothing.
    await unlockKeys(reset, { recoveryKey });
    await expect(rewrapKeys(reset, { passcode: 'guess' }, 'mine now')).rejects.toThrow(
      WrongSecretError,
    );
  });

  it('writes the recovery key in 13 groups of four, read back however it is typed', () => {
    const bytes = crypto.getRandomValues(new Uint8Array(32));
    const written = formatRecoveryKey(bytes);
    expect(written).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){12}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(parseRecoveryKey(written)).toEqual(bytes);
    expect(parseRecoveryKey(` ${written.toLowerCase().replace(/-/g, ' ')} `)).toEqual(bytes);
    expect(parseRecoveryKey(written.replace(/0/g, 'O').replace(/1/g, 'l'))).toEqual(bytes);
    expect(parseRecoveryKey(written.slice(0, -1))).toBeNull();
    expect(parseRecoveryKey(`${written}A`)).toBeNull();
    expect(parseRecoveryKey('U'.repeat(52))).toBeNull();
  });
});
