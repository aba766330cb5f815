/**
 * Device preferences for calm sessions, kept in the `settings` table. The keys are persisted:
 * never rename one without a migration. Values are checked on every read, so a bad stored value
 * (an old version, a restored backup) falls back to the default instead of reaching a component.
 */
import { useLiveQuery } from './live-query';
import { normaliseTakeUpSeconds } from '../domain/take-up-time';
import { db } from './database';
import { eraseSettings } from './erase';
import {
  CALM_MOTION_KEY,
  MAX_REASSURANCE_LENGTH,
  TAKE_UP_SECONDS_KEY,
  WELCOME_REASSURANCE_KEY,
} from './preference-keys';
import { writeTransaction } from './protection';

export {
  CALM_MOTION_KEY,
  MAX_REASSURANCE_LENGTH,
  TAKE_UP_SECONDS_KEY,
  WELCOME_REASSURANCE_KEY,
} from './preference-keys';

export async function setCalmMotion(isOn: boolean): Promise<void> {
  await db.settings.put({ key: CALM_MOTION_KEY, value: isOn });
}

export async function setTakeUpSeconds(seconds: number): Promise<void> {
  await db.settings.put({ key: TAKE_UP_SECONDS_KEY, value: normaliseTakeUpSeconds(seconds) });
}

/** Stores the service's own words; empty words bring back the standard ones. */
export async function setWelcomeReassurance(text: string): Promise<void> {
  const words = text.trim().slice(0, MAX_REASSURANCE_LENGTH);
  if (words === '') await eraseSettings([WELCOME_REASSURANCE_KEY]);
  else {
    await writeTransaction([db.settings], () =>
      db.settings.put({ key: WELCOME_REASSURANCE_KEY, value: words }),
    );
  }
}

export async function readWelcomeReassurance(): Promise<string> {
  const value = (await db.settings.get(WELCOME_REASSURANCE_KEY))?.value;
  return typeof value === 'string' ? value.slice(0, MAX_REASSURANCE_LENGTH) : '';
}

/** The service's own first words on Welcome ('' for the standard ones); undefined while loading. */
export function useWelcomeReassurance(): string | undefined {
  return useLiveQuery(readWelcomeReassurance);
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
