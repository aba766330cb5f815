/**
 * Restoring never changes who can unlock this tablet (issue 18, point 1). Crafted backups carry
 * a far-future PIN wait, an open Together conversation, a PIN hash of 2,147,483,647 iterations,
 * another tablet's PIN, or no PIN; by Merge and by Replace, the tablet still unlocks with its own
 * PIN at once, with no wait and no Together held open, and its records are unchanged.
 */
import { describe, expect, it } from 'vitest';
import {
  allTablesJson,
  craftBackup,
  seedBackupData,
  type BackupJson,
} from '../../../tests/fixtures/backup';
import { quickPinHash, saveQuickPin, unlocksWith } from '../../../tests/fixtures/staff-pin';
import type { Setting } from '../../domain/types';
import { db } from '../database';
import { getStaffPin, STAFF_PIN_ATTEMPTS_KEY, STAFF_PIN_KEY } from '../pin-repo';
import { ACTIVE_TOGETHER_KEY } from '../session-repo';
import { applyBackup, readBackup } from './restore-backup';
import { RESTORE_SNAPSHOT_KEY } from './restore-snapshot';

const OWN_PIN = '2468';
const OTHER_PIN = '1357';
/** "Try again in 8998203614937 seconds". */
const FOREVER = { failures: 4, waitUntil: 8_998_203_614_937_000 };

type Crafted = (otherTablet: Setting['value']) => Setting[];
const CASES: [string, Crafted][] = [
  ['a far-future PIN wait', () => [{ key: STAFF_PIN_ATTEMPTS_KEY, value: FOREVER }]],
  ['an open Together conversation', () => [{ key: ACTIVE_TOGETHER_KEY, value: 'conv-sam' }]],
  [
    'a PIN hash of 2,147,483,647 iterations',
    (other) => [{ key: STAFF_PIN_KEY, value: { ...(other as object), iterations: 2147483647 } }],
  ],
  ["another tablet's PIN hash", (other) => [{ key: STAFF_PIN_KEY, value: other }]],
  ['no PIN at all', () => []],
  [
    'all of these at once',
    (other) => [
      { key: STAFF_PIN_KEY, value: other },
      { key: STAFF_PIN_ATTEMPTS_KEY, value: FOREVER },
      { key: ACTIVE_TOGETHER_KEY, value: 'conv-lina' },
    ],
  ],
];

/** Every table but the log and the undo snapshot, which a restore adds to by design. */
async function recordsJson(): Promise<string> {
  await db.settings.delete(RESTORE_SNAPSHOT_KEY);
  return allTablesJson({ isAuditLeftOut: true });
}

async function craftedFor(crafted: Crafted): Promise<Uint8Array> {
  const other = await quickPinHash(OTHER_PIN);
  return craftBackup((json: BackupJson) => {
    json.tables['settings']?.push(...crafted(other));
  });
}

describe('a restore never changes who can unlock', () => {
  for (const mode of ['merge', 'replace'] as const) {
    it.each(CASES)(`${mode}: a backup with %s`, async (_, crafted) => {
      await seedBackupData();
      await db.settings.delete(ACTIVE_TOGETHER_KEY);
      const own = await saveQuickPin(OWN_PIN);
      const bytes = await craftedFor(crafted);
      const before = await recordsJson();

      await applyBackup(await readBackup(bytes), mode);

      expect(await getStaffPin()).toEqual(own);
      expect(await unlocksWith(OWN_PIN)).toBe(true);
      expect(await unlocksWith(OTHER_PIN)).toBe(false);
      expect(await db.settings.get(STAFF_PIN_ATTEMPTS_KEY)).toBeUndefined();
      expect(await db.settings.get(ACTIVE_TOGETHER_KEY)).toBeUndefined();
      expect(await recordsJson()).toBe(before);
    });

    it(`${mode}: a tablet with no PIN gets none from a backup that has one`, async () => {
      await seedBackupData();
      await db.settings.delete(ACTIVE_TOGETHER_KEY);
      const bytes = await craftedFor((other) => [{ key: STAFF_PIN_KEY, value: other }]);

      await applyBackup(await readBackup(bytes), mode);

      expect(await getStaffPin()).toBeNull();
      expect(await unlocksWith(OTHER_PIN)).toBe(false);
    });
  }
});
