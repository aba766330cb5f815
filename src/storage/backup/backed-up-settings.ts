/**
 * The settings a backup carries: an allowlist, each with its own schema. Everything else in the
 * settings table is this tablet's own state — the staff PIN and its tries and waits, the open
 * Together conversation, the staff name, this tablet's id, the last backup's time, the undo
 * snapshot, the starter version — and is never written to a backup nor read from one, so a
 * restore never changes who can unlock this tablet or holds it in Together.
 */
import * as v from 'valibot';
import { MAX_TAKE_UP_SECONDS, MIN_TAKE_UP_SECONDS } from '../../domain/take-up-time';
import type { Setting } from '../../domain/types';
import {
  CALM_MOTION_KEY,
  MAX_REASSURANCE_LENGTH,
  TAKE_UP_SECONDS_KEY,
  WELCOME_REASSURANCE_KEY,
} from '../preference-keys';

const BACKED_UP: ReadonlyMap<string, v.GenericSchema> = new Map<string, v.GenericSchema>([
  [CALM_MOTION_KEY, v.boolean()],
  [WELCOME_REASSURANCE_KEY, v.pipe(v.string(), v.maxLength(MAX_REASSURANCE_LENGTH))],
  [
    TAKE_UP_SECONDS_KEY,
    v.pipe(
      v.number(),
      v.integer(),
      v.minValue(MIN_TAKE_UP_SECONDS),
      v.maxValue(MAX_TAKE_UP_SECONDS),
    ),
  ],
]);

export function isBackedUpSetting(key: string): boolean {
  return BACKED_UP.has(key);
}

/**
 * The settings of a backup file that may be restored: other keys (device state, or settings of
 * an older version) are left out; a known key with a value its schema refuses is `false`.
 */
export function backedUpSettings(settings: readonly Setting[]): Setting[] | false {
  const kept: Setting[] = [];
  for (const setting of settings) {
    const schema = BACKED_UP.get(setting.key);
    if (!schema) continue;
    if (!v.is(schema, setting.value)) return false;
    kept.push(setting);
  }
  return kept;
}
