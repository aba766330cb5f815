/**
 * Runs one stored write for a screen and remembers whether it failed, so the screen can say so
 * calmly. A full disk is told apart (quota errors unwrapped as in errors.ts): trying again will
 * not help until space is freed. What was stored is never copied here; live reads show it.
 */
import { useCallback, useState } from 'react';
import { isQuotaError } from './errors';

export type SaveProblem = 'storage-full' | 'failed';

/** Hands one write to the screen's save path; `then` runs only once the write has landed. */
export type Save = (write: Promise<unknown>, then?: () => void) => void;

export function useSave(): [SaveProblem | null, Save] {
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const save = useCallback<Save>((write, then) => {
    write.then(
      () => {
        setProblem(null);
        then?.();
      },
      (cause: unknown) => setProblem(isQuotaError(cause) ? 'storage-full' : 'failed'),
    );
  }, []);
  return [problem, save];
}
