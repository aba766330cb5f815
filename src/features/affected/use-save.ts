import { useCallback, useState } from 'react';

/**
 * Runs a stored write and remembers whether it failed, so the step can say so calmly. The
 * data itself is never copied here: the live conversation prop shows what was stored.
 */
export function useSave() {
  const [hasFailed, setFailed] = useState(false);
  const save = useCallback((write: () => Promise<unknown>) => {
    setFailed(false);
    write().catch(() => setFailed(true));
  }, []);
  return { hasFailed, save };
}
