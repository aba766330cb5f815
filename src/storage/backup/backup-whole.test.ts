/**
 * A backup is checked as a whole before it changes anything: records that point at people or
 * pictures it does not hold are refused, and this tablet's own state (the staff PIN, its tries
 * and waits, the open Together conversation) is never read from a file, so a crafted backup can
 * neither leave a page blank nor lock the tablet.
 */
import { describe, expect, it } from 'vitest';
import {
  allTablesJson,
  craftBackup as craftedBackup,
  seedBackupData,
  type BackupJson as Json,
} from '../../../tests/fixtures/backup';
import { db } from '../database';
import { STAFF_PIN_ATTEMPTS_KEY, STAFF_PIN_KEY } from '../pin-repo';
import { ACTIVE_TOGETHER_KEY } from '../session-repo';
import { applyBackup, readBackup } from './restore-backup';

const FOREVER = { count: 99, lockedUntil: 8_998_203_614_937_000 };

describe('a backup checked as a whole', () => {
  it.each([
    [
      'a conversation whose person is not in it',
      (json: Json) => {
        json.tables['people'] = json.tables['people']!.filter((p) => p['id'] !== 'person-lina');
      },
    ],
    [
      'a person whose photo is not in it',
      (json: Json) => {
        json.tables['media'] = json.tables['media']!.filter((m) => m['id'] !== 'photo-sam');
      },
    ],
    [
      'a picture whose owner is not in it',
      (json: Json) => {
        json.tables['media']![0]!['ownerId'] = 'someone-else';
      },
    ],
    [
      'a take-up time of an hour',
      (json: Json) => {
        json.tables['settings'] = [{ key: 'takeUpSeconds', value: 3600 }];
      },
    ],
  ])('refuses %s, and nothing changes', async (_, craft) => {
    await seedBackupData();
    const bytes = await craftedBackup(craft);
    const before = await allTablesJson();
    await expect(readBackup(bytes)).rejects.toMatchObject({ reason: 'not-a-backup' });
    expect(await allTablesJson()).toBe(before);
  });

  it('never reads the staff PIN, its waits or the open Together conversation from a file', async () => {
    await seedBackupData();
    await db.settings.put({ key: STAFF_PIN_KEY, value: 'this-tablets-pin' });
    await db.settings.delete(ACTIVE_TOGETHER_KEY);
    const bytes = await craftedBackup((json) => {
      json.tables['settings'] = [
        { key: STAFF_PIN_KEY, value: 'another-tablets-pin' },
        { key: STAFF_PIN_ATTEMPTS_KEY, value: FOREVER },
        { key: ACTIVE_TOGETHER_KEY, value: 'conv-sam' },
        { key: 'calmMotion', value: false },
      ];
    });

    const backup = await readBackup(bytes);
    expect(backup.rows.settings).toEqual([{ key: 'calmMotion', value: false }]);
    for (const mode of ['merge', 'replace'] as const) {
      await applyBackup(backup, mode);
      expect((await db.settings.get(STAFF_PIN_KEY))?.value).toBe('this-tablets-pin');
      expect(await db.settings.get(STAFF_PIN_ATTEMPTS_KEY)).toBeUndefined();
      expect(await db.settings.get(ACTIVE_TOGETHER_KEY)).toBeUndefined();
    }
    expect((await db.settings.get('calmMotion'))?.value).toBe(false);
  });
});
