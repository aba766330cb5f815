import { useCallback, useState } from 'react';
import { isQuotaError } from '../../storage/errors';

export type SaveError = 'storage-full' | 'failed';

/**
 * Runs a write and remembers whether it failed, so the step can say so calmly. A full disk gets
 * its own words: trying again will not help until space is freed.
 */
export function useSave(): [
  SaveError | null,
  (write: Promise<unknown>, then?: () => void) => void,
] {
  const [error, setError] = useState<SaveError | null>(null);
  const save = useCallback((write: Promise<unknown>, then?: () => void) => {
    write.then(
      () => {
        setError(null);
        then?.();
      },
      (cause: unknown) => setError(isQuotaError(cause) ? 'storage-full' : 'failed'),
    );
  }, []);
  return [error, save];
}
