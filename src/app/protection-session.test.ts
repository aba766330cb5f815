// @vitest-environment jsdom
import { unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { exportBackup } from '../storage/backup/export-backup';
import { applyBackup, readBackup } from '../storage/backup/restore-backup';
import { db } from '../storage/database';
import { readMediaBytes } from '../storage/media-repo';
import { addPerson, setPersonPhoto } from '../storage/people-repo';
import { followProtection } from '../storage/protection';
import { FULL_CHECK_KEY } from '../storage/record-sweep';
import { ProtectionSession } from './protection-session';

const NAME = 'Sam Backupperson';
const PHOTO = Uint8Array.from({ length: 48 }, (_, i) => (i * 53 + 7) % 256);
const PASSCODE = 'copper kettle at dawn';

function holdsBytes(haystack: Uint8Array, bytes: Uint8Array): boolean {
  outer: for (let i = 0; i + bytes.length <= haystack.length; i += 1) {
    for (let j = 0; j < bytes.length; j += 1) if (haystack[i + j] !== bytes[j]) continue outer;
    return true;
  }
  return false;
}

async function protectedTablet() {
  const personId = await addPerson(NAME);
  await setPersonPhoto(personId, { bytes: PHOTO, type: 'image/png' });
  const session = new ProtectionSession();
  const prepared = await session.prepare(PASSCODE);
  await prepared.confirm();
  return { session, personId, recoveryKey: prepared.recoveryKey };
}

describe('backups while the records are protected', () => {
  it('hold only a header and sealed bytes, and open only with the passcode or recovery key', async () => {
    const { session, personId, recoveryKey } = await protectedTablet();
    const file = await exportBackup();

    const entries = unzipSync(file);
    expect(Object.keys(entries).sort()).toEqual(['backup.sealed', 'restory-protected-backup.json']);
    expect(holdsBytes(file, new TextEncoder().encode(NAME))).toBe(false);
    expect(holdsBytes(file, new TextEncoder().encode('Backupperson'))).toBe(false);
    expect(holdsBytes(file, PHOTO)).toBe(false);

    expect(await session.openBackup(file, 'copper kettle at dusk')).toBeNull();
    const byPasscode = await session.openBackup(file, PASSCODE);
    const byRecovery = await session.openBackup(file, recoveryKey.toLowerCase());
    expect(byPasscode).not.toBeNull();
    expect(byRecovery).toEqual(byPasscode);

    // Opened, it is an ordinary backup: replacing everything brings the person and photo back.
    await db.people.clear();
    const backup = await readBackup(byPasscode ?? new Uint8Array());
    await applyBackup(backup, 'replace');
    const person = await db.people.get(personId);
    expect(person?.displayName).toBe(NAME);
    const mediaId = person?.picture?.kind === 'media' ? person.picture.mediaId : '';
    expect((await db.media.get(mediaId))?.bytes).toEqual(PHOTO);
    session.lock();
    followProtection(false);
  });
});

describe('the passcode changed or reset', () => {
  it('keeps every record: the old passcode no longer opens, the new one and the recovery key do', async () => {
    const { session, personId, recoveryKey } = await protectedTablet();

    expect((await session.changePasscode('not the passcode', 'blue teapot at noon')).kind).toBe(
      'wrong',
    );
    expect((await session.changePasscode(PASSCODE, 'blue teapot at noon')).kind).toBe('opened');
    session.lock();
    expect(session.status().kind).toBe('locked');
    expect((await session.unlock(PASSCODE, 'Jo')).kind).toBe('wrong');
    expect((await session.unlock('blue teapot at noon', 'Jo')).kind).toBe('opened');
    expect((await db.people.get(personId))?.displayName).toBe(NAME);

    // Forgotten: the recovery key sets a new passcode and opens, with every record kept.
    session.lock();
    expect((await session.resetPasscode('0000-0000', 'green lamp at dusk', 'Jo')).kind).toBe(
      'wrong',
    );
    expect((await session.resetPasscode(recoveryKey, 'green lamp at dusk', 'Jo')).kind).toBe(
      'opened',
    );
    const person = await db.people.get(personId);
    expect(person?.displayName).toBe(NAME);
    const mediaId = person?.picture?.kind === 'media' ? person.picture.mediaId : '';
    expect((await readMediaBytes(mediaId))?.bytes).toEqual(PHOTO);
    session.lock();
    expect((await session.unlock('green lamp at dusk', 'Jo')).kind).toBe('opened');
    session.lock();
    followProtection(false);
  });
});

describe('the daily full check of every record', () => {
  const lastFullCheck = async () => (await db.settings.get(FULL_CHECK_KEY))?.value;
  const longAgo = { at: 0, version: db.verno };

  it('runs a little after an unlock, and not at all if the tablet locks before it is due', async () => {
    const personId = await addPerson(NAME);
    const session = new ProtectionSession(50);
    await (await session.prepare(PASSCODE)).confirm();
    await db.settings.put({ key: FULL_CHECK_KEY, value: longAgo });

    // Locked again before the check was due: it does not run.
    session.lock();
    expect((await session.unlock(PASSCODE, 'Jo')).kind).toBe('opened');
    session.lock();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await session.unlock(PASSCODE, 'Jo')).kind).toBe('opened');
    session.lock();
    // Read while locked: the check's own setting stays readable (it is not a record).
    expect(await lastFullCheck()).toEqual(longAgo);

    // Left open, it runs: every record checked, and the time of the check kept.
    expect((await session.unlock(PASSCODE, 'Jo')).kind).toBe('opened');
    await vi.waitFor(async () => expect(await lastFullCheck()).not.toEqual(longAgo));
    expect((await db.people.get(personId))?.displayName).toBe(NAME);
    session.lock();
    followProtection(false);
  });
});
