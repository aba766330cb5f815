import { useCallback, useState } from 'react';
import { isQuotaError } from '../../storage/errors';

export type SaveError = 'storage-full' | 'failed';

/** Runs a write and remembers whether it failed, so the step can say so calmly. */
export function useSave(): [SaveError | null, (write: Promise<unknown>) => void] {
  const [error, setError] = useState<SaveError | null>(null);
  const save = useCallback((write: Promise<unknown>) => {
    write.then(
      () => setError(null),
      (cause: unknown) => setError(isQuotaError(cause) ? 'storage-full' : 'failed'),
    );
  }, []);
  return [error, save];
}
