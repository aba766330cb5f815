/**
 * Whether the browser may clear Restory's database under storage pressure, and how much room is
 * left. Browsers without the Storage API (or that refuse to say) give null/undefined: "unknown".
 */
import { useCallback, useEffect, useState } from 'react';

export interface StorageEstimate {
  readonly usage: number;
  readonly quota: number;
  /** What is left of the quota the browser gives this site (not the whole disk). */
  readonly free: number;
}

export interface StorageStatus {
  /** null while unknown, or where the browser cannot say. */
  readonly isPersisted: boolean | null;
  readonly usage: number | undefined;
  readonly quota: number | undefined;
  /** False until the first read has finished, so "unknown" and "still reading" differ. */
  readonly isChecked: boolean;
}

function storageManager(): StorageManager | undefined {
  // `navigator.storage` is missing on old browsers and on pages that are not secure contexts.
  return typeof navigator !== 'undefined' && 'storage' in navigator ? navigator.storage : undefined;
}

/** Whether storage is persistent; null where the browser cannot say. */
export async function readPersisted(): Promise<boolean | null> {
  const storage = storageManager();
  if (typeof storage?.persisted !== 'function') return null;
  try {
    return await storage.persisted();
  } catch {
    return null;
  }
}

/**
 * Asks the browser to keep Restory's data through clean-ups, only if it does not already.
 * Chrome decides silently (installed, bookmarked, often used); Firefox asks the person.
 * Resolves true when storage is persistent, false when refused, null where unsupported.
 */
export async function requestPersistentStorage(): Promise<boolean | null> {
  const storage = storageManager();
  if (typeof storage?.persist !== 'function') return null;
  if ((await readPersisted()) === true) return true;
  try {
    return await storage.persist();
  } catch {
    return false;
  }
}

/** How much this site stores and may store, in bytes; null where the browser cannot say. */
export async function readStorageEstimate(): Promise<StorageEstimate | null> {
  const storage = storageManager();
  if (typeof storage?.estimate !== 'function') return null;
  try {
    const { usage, quota } = await storage.estimate();
    if (usage === undefined || quota === undefined) return null;
    return { usage, quota, free: Math.max(0, quota - usage) };
  } catch {
    return null;
  }
}

const UNKNOWN: StorageStatus = {
  isPersisted: null,
  usage: undefined,
  quota: undefined,
  isChecked: false,
};

/**
 * The storage status, read once on mount. `refresh` reads it again (after asking to persist,
 * say); the browser sends no event when either value changes.
 */
export function useStorageStatus(): StorageStatus & { readonly refresh: () => void } {
  const [status, setStatus] = useState<StorageStatus>(UNKNOWN);
  const [readCount, setReadCount] = useState(0);
  useEffect(() => {
    let isCurrent = true;
    void Promise.all([readPersisted(), readStorageEstimate()]).then(([isPersisted, estimate]) => {
      if (!isCurrent) return;
      setStatus({ isPersisted, usage: estimate?.usage, quota: estimate?.quota, isChecked: true });
    });
    return () => {
      isCurrent = false;
    };
  }, [readCount]);
  const refresh = useCallback(() => setReadCount((count) => count + 1), []);
  return { ...status, refresh };
}
