/**
 * Which conversation is open in Together mode on this device. Kept in the database (not in the
 * tab) so that closing the tab, reloading or opening the app's address again resumes it.
 */
import { useLiveQuery } from './live-query';
import type { Setting } from '../domain/types';
import { db } from './database';
import { eraseSettings } from './erase';

/** Persisted setting name: never rename without a migration. Device-only: not in backups. */
export const ACTIVE_TOGETHER_KEY = 'activeTogether';

/** The setting that holds this tablet in Together on one conversation. */
export function togetherOpenOn(conversationId: string): Setting {
  return { key: ACTIVE_TOGETHER_KEY, value: conversationId };
}

export async function enterTogether(conversationId: string): Promise<void> {
  await db.settings.put(togetherOpenOn(conversationId));
}

export async function leaveTogether(): Promise<void> {
  await eraseSettings([ACTIVE_TOGETHER_KEY]);
}

/** The open conversation's id, null when none is open, undefined while loading. */
export function useActiveTogether(): string | null | undefined {
  return useLiveQuery(async () => {
    const setting = await db.settings.get(ACTIVE_TOGETHER_KEY);
    return typeof setting?.value === 'string' ? setting.value : null;
  });
}
