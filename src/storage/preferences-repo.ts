/**
 * Device preferences for calm sessions, kept in the `settings` table. The keys are persisted:
 * never rename one without a migration. Values are checked on every read, so a bad stored value
 * (an old version, a restored backup) falls back to the default instead of reaching a component.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { normaliseTakeUpSeconds } from '../domain/take-up-time';
import { db } from './database';

/** Always reduce motion, whatever the tablet's own setting. */
export const CALM_MOTION_KEY = 'calmMotion';
/** Seconds the staff guide's take-up-time wait lasts (10–30). */
export const TAKE_UP_SECONDS_KEY = 'takeUpSeconds';

export async function setCalmMotion(isOn: boolean): Promise<void> {
  await db.settings.put({ key: CALM_MOTION_KEY, value: isOn });
}

export async function setTakeUpSeconds(seconds: number): Promise<void> {
  await db.settings.put({ key: TAKE_UP_SECONDS_KEY, value: normaliseTakeUpSeconds(seconds) });
}

export async function readCalmMotion(): Promise<boolean> {
  return (await db.settings.get(CALM_MOTION_KEY))?.value === true;
}

export async function readTakeUpSeconds(): Promise<number> {
  return normaliseTakeUpSeconds((await db.settings.get(TAKE_UP_SECONDS_KEY))?.value);
}

/** Whether Calm motion is on; undefined while loading. */
export function useCalmMotion(): boolean | undefined {
  return useLiveQuery(readCalmMotion);
}

/** The take-up time in seconds; undefined while loading. */
export function useTakeUpSeconds(): number | undefined {
  return useLiveQuery(readTakeUpSeconds);
}
