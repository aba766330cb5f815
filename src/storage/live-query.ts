/**
 * The one way storage's hooks follow the database: dexie-react-hooks' `useLiveQuery`, with each
 * query run through `readOpened` (protection.ts), so that while protected records are unlocked,
 * a record another tab wrote since is opened and shown, not an error.
 */
import { useLiveQuery as useDexieLiveQuery } from 'dexie-react-hooks';
import { readOpened } from './protection';

export function useLiveQuery<T>(
  querier: () => Promise<T> | T,
  deps?: readonly unknown[],
): T | undefined;
export function useLiveQuery<T, TDefault>(
  querier: () => Promise<T> | T,
  deps: readonly unknown[],
  defaultResult: TDefault,
): T | TDefault;
export function useLiveQuery<T, TDefault>(
  querier: () => Promise<T> | T,
  deps: readonly unknown[] = [],
  defaultResult?: TDefault,
): T | TDefault | undefined {
  // The querier is the caller's, followed through `deps` as dexie-react-hooks does.
  return useDexieLiveQuery(() => readOpened(querier), [...deps], defaultResult);
}
